import type { Feature } from '../feature';

export const visits: Feature = {
  routes: [],
  navItems: [],
  texts: { en: {}, da: {} },
};
