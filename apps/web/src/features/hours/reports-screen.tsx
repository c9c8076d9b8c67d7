import { useQueries, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import {
  Button as AriaButton,
  Form,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Radio,
  RadioGroup,
  Select,
  SelectValue,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../../api/queries';
import { Button, Notice, PageTitle } from '../../components/ui';
import { organisationOf } from './format';
import { PeriodFields } from './period-fields';
import { defaultPeriod } from './period';
import { companiesQuery, companyQuery, programmesQuery } from './queries';

type Kind = 'company' | 'programme';
interface Choice {
  id: string;
  name: string;
}

/** Hooks that find what the person may report on: their companies and programmes. */
function useChoices(): Record<Kind, Choice[]> {
  const me = useQuery(meQuery).data;
  const isAdmin = me?.isAdmin === true;
  const ownCompanies = (me?.memberships ?? [])
    .filter((membership) => membership.role === 'contact')
    .flatMap((membership) => organisationOf(membership) ?? []);
  const partners = new Set(
    (me?.memberships ?? [])
      .filter((membership) => membership.role === 'coordinator')
      .flatMap((membership) => organisationOf(membership) ?? []),
  );
  const all = useQuery({ ...companiesQuery, enabled: isAdmin });
  const own = useQueries({ queries: isAdmin ? [] : ownCompanies.map((id) => companyQuery(id)) });
  const programmes = useQuery({ ...programmesQuery, enabled: isAdmin || partners.size > 0 });
  const companies = isAdmin
    ? (all.data?.items ?? [])
    : own.flatMap((company) => (company.data ? [company.data] : []));
  return {
    company: companies.map(({ id, name }) => ({ id, name })),
    programme: (programmes.data?.items ?? [])
      .filter(
        (programme) =>
          isAdmin ||
          partners.has(programme.partnerId) ||
          (me ? programme.coordinatorIds.includes(me.id) : false),
      )
      .map(({ id, title }) => ({ id, name: title })),
  };
}

/** Choose a company's or a programme's report and its period. */
export function ReportsScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const choices = useChoices();
  const kinds = (['company', 'programme'] as const).filter((kind) => choices[kind].length > 0);
  const [chosenKind, setKind] = useState<Kind | null>(null);
  const kind = chosenKind ?? kinds[0];
  const [subject, setSubject] = useState<string | null>(null);
  const [period, setPeriod] = useState(defaultPeriod);
  const options = kind ? choices[kind] : [];
  const chosen = options.find((option) => option.id === subject) ?? options[0];

  return (
    <section className="page narrow">
      <PageTitle>{t('hours.reports.title')}</PageTitle>
      <p>{t('hours.reports.intro')}</p>
      {kinds.length === 0 ? (
        <Notice>{t('hours.reports.nothing')}</Notice>
      ) : (
        <Form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            if (!chosen) return;
            const search = { from: period.from, to: period.to };
            void (kind === 'company'
              ? navigate({
                  to: '/reports/companies/$companyId',
                  params: { companyId: chosen.id },
                  search,
                })
              : navigate({
                  to: '/reports/programmes/$programmeId',
                  params: { programmeId: chosen.id },
                  search,
                }));
          }}
        >
          {kinds.length > 1 && (
            <RadioGroup
              className="field choice"
              value={kind}
              onChange={(value) => {
                setKind(value as Kind);
                setSubject(null);
              }}
            >
              <Label>{t('hours.reports.kind')}</Label>
              {kinds.map((option) => (
                <Radio key={option} value={option}>
                  {t(`hours.reports.kinds.${option}`)}
                </Radio>
              ))}
            </RadioGroup>
          )}
          <Select
            className="field hours-select"
            selectedKey={chosen?.id ?? null}
            onSelectionChange={(key) => setSubject(String(key))}
          >
            <Label>{t(`hours.reports.subject.${kind}`)}</Label>
            <AriaButton className="select-button">
              <SelectValue />
              <span aria-hidden="true">▾</span>
            </AriaButton>
            <Popover className="select-popover">
              <ListBox items={options}>
                {(option) => <ListBoxItem id={option.id}>{option.name}</ListBoxItem>}
              </ListBox>
            </Popover>
          </Select>
          <PeriodFields period={period} onChange={setPeriod} />
          <Button type="submit" variant="primary">
            {t('hours.reports.show')}
          </Button>
        </Form>
      )}
    </section>
  );
}
