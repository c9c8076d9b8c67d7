import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../../api/queries';
import { Notice, PageTitle } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { useAdoptionName } from './adoptions-screen';
import { browserZone, formatDate, formatHours, missingIn } from './format';
import { adoptionHoursQuery, adoptionQuery, sideIn } from './queries';
import type { Adoption, Side, Term } from './types';
import { VisitLine } from './visit-line';

const route = getRouteApi('/signed-in/adoptions/$adoptionId');

/** How many terms from today on the page shows; later ones are far off. */
const TERMS_AHEAD = 3;

/** Today's date on a zone's wall clock, `YYYY-MM-DD`. */
function today(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
}

interface HoursOfTerm {
  budget: number;
  logged: number;
  remaining: number;
}

function TermSection({
  adoption,
  term,
  hours,
  side,
  current,
  level,
}: {
  adoption: Adoption;
  term: Term;
  hours: HoursOfTerm;
  side: Side | null;
  current: boolean;
  level: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  const Heading = `h${level}` as const;
  const Sub = `h${level + 1}` as 'h3' | 'h4';
  const zone = adoption.school?.timezone ?? browserZone();
  const termName = t(`visits.term.${term.kind}`, { year: term.startsOn.slice(0, 4) });
  const missing = missingIn(term);
  const canPropose = current && side !== null && adoption.status === 'active';
  const number = (value: number) => formatHours(i18n.language, value);
  return (
    <section className="term" aria-labelledby={`term-${term.name}`}>
      <Heading id={`term-${term.name}`}>{termName}</Heading>
      <Sub>{t('visits.adoption.visits')}</Sub>
      {term.visits.length === 0 ? (
        <p>{t('visits.adoption.noVisits')}</p>
      ) : (
        <ul className="visit-list">
          {term.visits.map((visit) => (
            <li key={visit.id}>
              <VisitLine visit={visit} timeZone={zone} />
            </li>
          ))}
        </ul>
      )}
      <Sub>{t('visits.adoption.hours')}</Sub>
      <p>
        {hours.remaining >= 0
          ? t('visits.adoption.hoursValue', {
              logged: number(hours.logged),
              budget: number(hours.budget),
              remaining: number(hours.remaining),
            })
          : t('visits.adoption.hoursOver', {
              logged: number(hours.logged),
              budget: number(hours.budget),
              over: number(-hours.remaining),
            })}
      </p>
      <meter
        className="hours-meter"
        min={0}
        max={hours.budget}
        value={Math.min(hours.logged, hours.budget)}
        aria-label={t('visits.adoption.hours')}
      />
      {current && (
        <>
          <Sub>{t('visits.adoption.missing')}</Sub>
          {missing.length === 0 ? (
            <p>{t('visits.adoption.complete')}</p>
          ) : (
            <ul className="missing">
              {missing.map((kind) => (
                <li key={kind}>
                  <span className="status warn">{t(`visits.adoption.missingKind.${kind}`)}</span>
                  {canPropose && (
                    <Link
                      className="button"
                      to="/adoptions/$adoptionId/propose"
                      params={{ adoptionId: adoption.id }}
                      search={{ kind }}
                    >
                      {t(`visits.adoption.proposeIn.${kind}`, { term: termName })}
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** An adoption: both sides, and per term its visits, the hours against the budget, what is missing. */
export function AdoptionScreen() {
  const { t, i18n } = useTranslation();
  const adoptionId = route.useParams({
    select: (params: { adoptionId: string }) => params.adoptionId,
  });
  const adoption = useQuery(adoptionQuery(adoptionId));
  const hours = useQuery(adoptionHoursQuery(adoptionId));
  const me = useQuery(meQuery).data;
  const name = useAdoptionName();

  if (adoption.isError) return <Notice kind="error">{errorText(t, adoption.error)}</Notice>;
  if (!adoption.data || !me) return <p className="page">{t('visits.loading')}</p>;
  const found = adoption.data;
  const side = sideIn(me, found);
  const zone = found.school?.timezone ?? browserZone();
  const now = today(zone);
  const terms = (found.terms ?? []) as Term[];
  const ahead = terms.filter((term) => term.endsOn >= now).slice(0, TERMS_AHEAD);
  const earlier = terms.filter(
    (term) => term.endsOn < now && (term.visits.length > 0 || term.hoursLogged > 0),
  );
  const hoursOf = (term: Term): HoursOfTerm => {
    const logged = hours.data?.terms.find((entry) => entry.term === term.name);
    return (
      logged ?? {
        budget: term.hoursBudget,
        logged: term.hoursLogged,
        remaining: term.hoursBudget - term.hoursLogged,
      }
    );
  };
  const none = t('visits.none');

  return (
    <section className="page">
      <p>
        <Link to="/adoptions">{t('visits.adoption.back')}</Link>
      </p>
      <PageTitle>{name(found)}</PageTitle>
      <h2>{t('visits.adoption.facts')}</h2>
      <dl className="facts">
        <dt>{t('visits.adoptions.school')}</dt>
        <dd>{found.school?.name ?? none}</dd>
        <dt>{t('visits.adoptions.company')}</dt>
        <dd>{found.company?.name ?? none}</dd>
        <dt>{t('visits.adoptions.contactPerson')}</dt>
        <dd>{found.contactPerson?.name ?? none}</dd>
        <dt>{t('visits.adoptions.teachers')}</dt>
        <dd>{found.teachers?.map((teacher) => teacher.name).join(', ') || none}</dd>
        <dt>{t('visits.adoption.period')}</dt>
        <dd>
          {t('visits.adoption.periodValue', {
            from: formatDate(i18n.language, found.startsOn),
            to: formatDate(i18n.language, found.endsOn),
          })}
        </dd>
        <dt>{t('visits.adoption.budget')}</dt>
        <dd>{formatHours(i18n.language, found.hoursBudgetPerTerm)}</dd>
        <dt>{t('visits.adoptions.status')}</dt>
        <dd>{t(`visits.adoptionStatus.${found.status}`)}</dd>
      </dl>
      {found.status !== 'active' && (
        <Notice>
          {t('visits.adoption.notActive', {
            status: t(`visits.adoptionStatus.${found.status}`).toLowerCase(),
          })}
        </Notice>
      )}
      <div className="actions start">
        {side !== null && found.status === 'active' && (
          <>
            <Link
              className="button primary"
              to="/adoptions/$adoptionId/propose"
              params={{ adoptionId: found.id }}
              search={{ kind: 'class-visit' }}
            >
              {t('visits.adoption.propose.class-visit')}
            </Link>
            <Link
              className="button"
              to="/adoptions/$adoptionId/propose"
              params={{ adoptionId: found.id }}
              search={{ kind: 'preparation' }}
            >
              {t('visits.adoption.propose.preparation')}
            </Link>
          </>
        )}
        <a className="button" href={`/adoptions/${found.id}/hours`}>
          {side === 'company' ? t('visits.adoption.logHours') : t('visits.adoption.seeHours')}
        </a>
      </div>
      {ahead.map((term) => (
        <TermSection
          key={term.name}
          adoption={found}
          term={term}
          hours={hoursOf(term)}
          side={side}
          current
          level={2}
        />
      ))}
      {earlier.length > 0 && (
        <>
          <h2>{t('visits.adoption.earlierTerms')}</h2>
          {earlier.reverse().map((term) => (
            <TermSection
              key={term.name}
              adoption={found}
              term={term}
              hours={hoursOf(term)}
              side={side}
              current={false}
              level={3}
            />
          ))}
        </>
      )}
    </section>
  );
}
