/**
 * Whether the place in `signups` was given for the company `company` (an SQL expression): the
 * company written on the place when its volunteer left that company, or else the company they
 * belong to now. So a volunteer who leaves, is deactivated or erased still counts where they gave.
 */
export function gaveForCompany(company: string): string {
  return `(signups.company_id = ${company}
           OR (signups.company_id IS NULL
               AND EXISTS (SELECT 1 FROM memberships WHERE memberships.user_id = signups.user_id
                                                       AND memberships.company_id = ${company})))`;
}
