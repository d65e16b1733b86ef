import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSIGNED_ROLES, PROTECTED_ADDRESSES } from '../../src/domain/people/accounts';

// The table types and the contract take the account lists from src/domain/people/accounts.ts; the SQL
// says them once more in its CHECK constraints. These tests keep the two equal.
const core = readFileSync(new URL('../../src/db/migrations/0001_core.sql', import.meta.url), 'utf8');
// Migration 0033 replaced role_assignment's CHECK when it added avdelingsdirektør.
const roles0033 = readFileSync(new URL('../../src/db/migrations/0033_inbox_and_mail.sql', import.meta.url), 'utf8');

function checkedWords(column: string, sqlText = core): string[] {
  const found = new RegExp(`${column}[^,]*? check \\(${column} in \\(([^)]*)\\)\\)`, 's').exec(sqlText);
  if (!found) throw new Error(`Fant ikke CHECK for ${column}`);
  return [...found[1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

describe('the account lists', () => {
  it('hold the roles role_assignment accepts', () => {
    expect(checkedWords('role', roles0033)).toEqual([...ASSIGNED_ROLES]);
  });
  it('hold the protected addresses pupil accepts', () => {
    expect(checkedWords('protected_address')).toEqual([...PROTECTED_ADDRESSES]);
  });
});
