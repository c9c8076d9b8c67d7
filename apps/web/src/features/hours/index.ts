import type { Feature } from '../feature';

export const hours: Feature = {
  routes: [],
  navItems: [],
  texts: { en: {}, da: {} },
};
