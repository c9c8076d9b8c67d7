import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import { isServiceAway } from './unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isServiceAway', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    [
      'a server shutting down',
      withCode('terminating connection due to administrator command', '57P01'),
    ],
    ['a server starting', withCode('the database system is starting up', '57P03')],
    ['a server out of connections', withCode('sorry, too many clients already', '53300')],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly')],
    ['a pool that cannot connect', new Error('timeout exceeded when trying to connect')],
    ['a transaction whose connection was lost', new QueryRunnerAlreadyReleasedError()],
    [
      'a transaction whose connection was lost, as the provider says it',
      new QueryRunnerProviderAlreadyReleasedError(),
    ],
    [
      'any of them as TypeORM wraps it',
      new QueryFailedError('SELECT 1', [], withCode('connect ECONNREFUSED', 'ECONNREFUSED')),
    ],
  ])('takes %s for a service that is away', (_what, error) => {
    expect(isServiceAway(error)).toBe(true);
  });

  it.each([
    ['a broken constraint', withCode('duplicate key value violates unique constraint', '23505')],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    [
      'a query that is wrong',
      new QueryFailedError('SELEC 1', [], withCode('syntax error', '42601')),
    ],
    ['something that is not an error', 'ECONNREFUSED'],
  ])('does not take %s for one', (_what, error) => {
    expect(isServiceAway(error)).toBe(false);
  });
});
