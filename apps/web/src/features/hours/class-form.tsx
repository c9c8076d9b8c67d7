import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  FieldError,
  Form,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  NumberField,
  Popover,
  Select,
  SelectValue,
  Button as AriaButton,
  Text,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError, api, data } from '../../api/client';
import { Button, Field, Notice } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { fieldErrors } from '../../components/field-errors';
import { schoolYearOf, todayIn } from './format';

/** Registers a class at one of the teacher's schools, taught by the teacher. */
export function ClassForm({
  schools,
  teacherId,
}: {
  schools: { id: string; name: string }[];
  teacherId: string;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [schoolId, setSchoolId] = useState(schools[0].id);
  const [label, setLabel] = useState('');
  const [grade, setGrade] = useState(Number.NaN);
  const [schoolYear, setSchoolYear] = useState(() => schoolYearOf(todayIn('Europe/Copenhagen')));
  const [pupils, setPupils] = useState(Number.NaN);
  const register = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/schools/{id}/classes', {
          params: { path: { id: schoolId } },
          body: {
            label: label.trim(),
            grade,
            schoolYear: schoolYear.trim(),
            pupils,
            teacherIds: [teacherId],
          },
        }),
      ),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: ['schools', created.schoolId, 'classes'] });
      setLabel('');
      setGrade(Number.NaN);
      setPupils(Number.NaN);
    },
  });
  const problems = fieldErrors(register.error, {
    label: t('hours.classes.labelInvalid'),
    grade: t('hours.classes.gradeInvalid'),
    schoolYear: t('hours.classes.schoolYearInvalid'),
    pupils: t('hours.classes.pupilsInvalid'),
  });
  const code = register.error instanceof ApiError ? register.error.code : '';
  const labelProblem =
    problems.label ?? (code === 'class.label-taken' ? errorText(t, register.error) : undefined);
  const yearProblem =
    problems.schoolYear ??
    (code === 'class.school-year' ? t('hours.classes.schoolYearInvalid') : undefined);

  return (
    <Form
      className="stack"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        register.mutate();
      }}
    >
      {schools.length > 1 && (
        <Select
          className="field hours-select"
          selectedKey={schoolId}
          onSelectionChange={(key) => setSchoolId(String(key))}
        >
          <Label>{t('hours.classes.school')}</Label>
          <AriaButton className="select-button">
            <SelectValue />
            <span aria-hidden="true">▾</span>
          </AriaButton>
          <Popover className="select-popover">
            <ListBox>
              {schools.map((school) => (
                <ListBoxItem key={school.id} id={school.id}>
                  {school.name}
                </ListBoxItem>
              ))}
            </ListBox>
          </Popover>
        </Select>
      )}
      <Field
        label={t('hours.classes.label')}
        description={t('hours.classes.labelHint')}
        value={label}
        onChange={setLabel}
        isRequired
        errorMessage={labelProblem}
      />
      <NumberField
        className="field"
        value={grade}
        onChange={setGrade}
        minValue={0}
        maxValue={10}
        isRequired
        isInvalid={Boolean(problems.grade)}
      >
        <Label>{t('hours.classes.gradeIn')}</Label>
        <Input />
        <Text slot="description">{t('hours.classes.gradeHint')}</Text>
        <FieldError>{problems.grade}</FieldError>
      </NumberField>
      <Field
        label={t('hours.classes.schoolYear')}
        description={t('hours.classes.schoolYearHint')}
        value={schoolYear}
        onChange={setSchoolYear}
        isRequired
        errorMessage={yearProblem}
      />
      <NumberField
        className="field"
        value={pupils}
        onChange={setPupils}
        minValue={1}
        maxValue={100}
        isRequired
        isInvalid={Boolean(problems.pupils)}
      >
        <Label>{t('hours.classes.pupils')}</Label>
        <Input />
        <FieldError>{problems.pupils}</FieldError>
      </NumberField>
      {register.isError && <Notice kind="error">{errorText(t, register.error)}</Notice>}
      {register.isSuccess && (
        <Notice kind="success">
          {t('hours.classes.registered', { label: register.data.label })}
        </Notice>
      )}
      <Button type="submit" variant="primary" isPending={register.isPending}>
        {t('hours.classes.submit')}
      </Button>
    </Form>
  );
}
