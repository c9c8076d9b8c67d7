import { DomainError } from '@app/core';
import { CreateAdoptionDto } from '../adoptions/adoption.dto';
import { LogHoursDto } from '../adoptions/hours.dto';
import { AttendanceDto } from '../volunteering/signup.dto';
import { createValidationPipe } from './validation';

/** The fields the API's validation pipe names for a body, or none when it takes it. */
async function refusedFields(metatype: new () => object, body: object): Promise<string[]> {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype });
    return [];
  } catch (error) {
    if (error instanceof DomainError) return error.details.map((detail) => detail.field);
    throw error;
  }
}

const logged = (hours: unknown) => ({ date: '2026-09-01', hours, activity: 'planning' });

describe('hours in requests', () => {
  it('takes hours with up to two decimals', async () => {
    for (const hours of [1, 1.5, 7.4, 0.01, 1.15, 24]) {
      expect(await refusedFields(LogHoursDto, logged(hours))).toEqual([]);
    }
  });

  it('refuses more than two decimals, however the number is written', async () => {
    for (const hours of [1.234, 1e-7, 5e-323, -5e-323, 0.1 + 0.2]) {
      expect(await refusedFields(LogHoursDto, logged(hours))).toEqual(['hours']);
    }
  });

  it('refuses hours written with an exponent in every body that takes hours, naming the field', async () => {
    expect(
      await refusedFields(CreateAdoptionDto, {
        classId: '3f2b1c4e-8d9a-4b7c-9e1f-2a3b4c5d6e7f',
        companyId: '3f2b1c4e-8d9a-4b7c-9e1f-2a3b4c5d6e7f',
        contactPersonId: '3f2b1c4e-8d9a-4b7c-9e1f-2a3b4c5d6e7f',
        startsOn: '2026-09-01',
        hoursBudgetPerTerm: 1e-7,
      }),
    ).toEqual(['hoursBudgetPerTerm']);
    expect(
      await refusedFields(AttendanceDto, {
        records: [{ userId: '3f2b1c4e-8d9a-4b7c-9e1f-2a3b4c5d6e7f', attended: true, hours: 2e-9 }],
      }),
    ).toEqual(['records.0.hours']);
  });

  it('refuses what is not a finite number', async () => {
    for (const hours of ['1.5', null, Infinity, NaN, [1]]) {
      expect(await refusedFields(LogHoursDto, logged(hours))).toEqual(['hours']);
    }
  });
});
