import { useQuery } from '@tanstack/react-query';
import { meQuery } from '../../api/queries';
import { companiesQuery, coordinatorsQuery, partnersQuery } from './queries';

/** The partner organisations the signed-in person coordinates (an admin: all of them). */
export function usePartnerChoices() {
  const me = useQuery(meQuery).data;
  const partners = useQuery(partnersQuery);
  const mine = new Set(
    (me?.memberships ?? [])
      .filter((membership) => membership.role === 'coordinator')
      .map((membership) => membership.organisationId as unknown as string),
  );
  const options = (partners.data ?? [])
    .filter((partner) => me?.isAdmin || mine.has(partner.id))
    .map((partner) => ({ id: partner.id, name: partner.name }));
  return { me, options, isPending: partners.isPending, error: partners.error };
}

/** The companies and the partner's coordinators that a programme's form chooses among. */
export function usePeopleChoices(partnerId: string) {
  const companies = useQuery(companiesQuery);
  const coordinators = useQuery(coordinatorsQuery(partnerId));
  return {
    companies: (companies.data ?? []).map(({ id, name }) => ({ id, name })),
    coordinators: (coordinators.data ?? []).map(({ id, name }) => ({ id, name })),
    error: companies.error ?? coordinators.error,
  };
}

/** Today's date (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
}
