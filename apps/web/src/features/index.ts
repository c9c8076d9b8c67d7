import { admin } from './admin';
import { coordination } from './coordination';
import { donations } from './donations';
import type { Feature } from './feature';
import { hours } from './hours';
import { visits } from './visits';
import { volunteering } from './volunteering';

/** Every area of the app, in the order of the main navigation. */
export const FEATURES: Feature[] = [visits, hours, volunteering, coordination, donations, admin];
