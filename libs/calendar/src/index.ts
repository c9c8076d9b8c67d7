export * from './closed-dates';
export * from './grades';
export * from './local-date';
export * from './problems';
export * from './recurrence';
export * from './school-year';
export * from './visit-slot';
export * from './vtimezone';
