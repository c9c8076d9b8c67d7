export * from './factories';
export * from './smtp-sink';
export * from './test-database';

export * from './throwaway-redis';
export * from './expand-calendar';
export * from './wednesdays';
export * from './throwaway-postgres';
