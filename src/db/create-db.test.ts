import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, isDatabaseUnavailable } from './create-db';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    [
      'no connection could be opened',
      new DatabaseUnavailableError(withCode('55000', 'database "x" is not currently accepting connections')),
    ],
    ['terminated by an administrator', withCode('57P01', 'terminating connection due to administrator command')],
    ['the server is starting up', withCode('57P03')],
    ['too many connections', withCode('53300')],
    ['a connection exception', withCode('08006')],
    ['a refused socket', withCode('ECONNREFUSED')],
    ['a reset socket', withCode('ECONNRESET')],
    ['a connection that died', new Error('Connection terminated unexpectedly')],
    ['a client that died earlier', new Error('Client has encountered a connection error and is not queryable')],
  ])('is true for %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a syntax error', withCode('42601')],
    ['a unique violation', withCode('23505')],
    ['a row-level security refusal', withCode('42501')],
    [
      'the same sqlstate class 55 without a connection attempt',
      withCode('55000', 'database "x" is not currently accepting connections'),
    ],
    ['a plain error', new Error('Connection terminated unexpectedly, or so the user wrote')],
    ['something that is not an error', 'Connection terminated'],
  ])('is false for %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
