import type { Feature } from '../feature';
import { allocationRoute, donationProgrammeRoute, donationsRoute } from './routes';
import { donationsTexts } from './texts';

/** Gifts in kind: programmes, their yearly targets, and the requests projects make. */
export const donations: Feature = {
  routes: [donationsRoute, allocationRoute, donationProgrammeRoute],
  navItems: [
    { to: '/donations', labelKey: 'donations.nav', roles: ['contact', 'coordinator', 'teacher'] },
  ],
  texts: donationsTexts,
};
