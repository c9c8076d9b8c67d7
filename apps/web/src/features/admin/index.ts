import type { Feature } from '../feature';

export const admin: Feature = {
  routes: [],
  navItems: [],
  texts: { en: {}, da: {} },
};
