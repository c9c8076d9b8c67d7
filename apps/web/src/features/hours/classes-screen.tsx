import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../../api/queries';
import { Notice, PageTitle, TableScroll } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { ClassForm } from './class-form';
import { formatDay, formatNumber, organisationOf } from './format';
import { schoolClassesQuery, schoolQuery } from './queries';

/** A teacher's classes at each of their schools, and a form to register another. */
export function ClassesScreen() {
  const { t, i18n } = useTranslation();
  const me = useQuery(meQuery).data;
  const schoolIds = [
    ...new Set(
      (me?.memberships ?? [])
        .filter((membership) => membership.role === 'teacher')
        .flatMap((membership) => organisationOf(membership) ?? []),
    ),
  ];
  const schools = useQueries({ queries: schoolIds.map((id) => schoolQuery(id)) });
  const classes = useQueries({ queries: schoolIds.map((id) => schoolClassesQuery(id)) });

  if (!me) return null;
  const named = schoolIds.map((id, index) => ({ id, name: schools[index].data?.name ?? '…' }));

  return (
    <section className="page">
      <PageTitle>{t('hours.classes.title')}</PageTitle>
      {schoolIds.length === 0 && <p>{t('hours.classes.noSchool')}</p>}
      {named.map((school, index) => {
        const list = classes[index];
        return (
          <section key={school.id} aria-labelledby={`school-${school.id}`}>
            <h2 id={`school-${school.id}`}>{school.name}</h2>
            {list.isPending && <p role="status">{t('app.loading')}</p>}
            {list.isError && <Notice kind="error">{errorText(t, list.error)}</Notice>}
            {list.data && list.data.items.length === 0 && <p>{t('hours.classes.none')}</p>}
            {list.data && list.data.items.length > 0 && (
              <TableScroll labelledBy={`school-${school.id}`}>
                <table aria-labelledby={`school-${school.id}`}>
                  <thead>
                    <tr>
                      <th scope="col">{t('hours.classes.label')}</th>
                      <th scope="col">{t('hours.classes.grade')}</th>
                      <th scope="col" className="number">
                        {t('hours.classes.pupils')}
                      </th>
                      <th scope="col">{t('hours.classes.graduates')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...list.data.items]
                      .sort((a, b) => a.label.localeCompare(b.label, i18n.language))
                      .map((item) => (
                        <tr key={item.id}>
                          <th scope="row">{item.label}</th>
                          <td>{t('hours.classes.gradeNow', { grade: item.currentGrade })}</td>
                          <td className="number">{formatNumber(i18n.language, item.pupils)}</td>
                          <td>{formatDay(i18n.language, item.graduatesOn)}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </section>
        );
      })}
      {schoolIds.length > 0 && (
        <>
          <h2>{t('hours.classes.register')}</h2>
          <ClassForm schools={named} teacherId={me.id} />
        </>
      )}
    </section>
  );
}
