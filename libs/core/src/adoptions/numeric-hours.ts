import { ValueTransformer } from 'typeorm';

/** PostgreSQL returns numeric as text; hours are plain numbers in the domain. */
export const numericHours: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
