import type { Feature } from '../feature';

export const coordination: Feature = {
  routes: [],
  navItems: [],
  texts: { en: {}, da: {} },
};
