import { CreateAccountsOrganisationsAndOutbox1764385200000 } from './1764385200000-create-accounts-organisations-and-outbox';

/** Every migration in order. A new migration is generated, reviewed and added here. */
export const MIGRATIONS = [CreateAccountsOrganisationsAndOutbox1764385200000];
