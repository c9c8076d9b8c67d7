export * from './advisory-lock';
export * from './data-source-options';
export * from './db.module';
export * from './ensure-database';
export * from './entities';
export * from './migrate';
