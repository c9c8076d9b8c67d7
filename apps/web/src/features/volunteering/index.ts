import type { Feature } from '../feature';

export const volunteering: Feature = {
  routes: [],
  navItems: [],
  texts: { en: {}, da: {} },
};
