// Making an account, shared by `naervaer user create` and the «Brukere» screen (decision 080): the name
// rules, the insert that finds a username taken in any kommune, the roles and the one-time link.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from '../../db/create-db';
import type { Role, UserKind } from '../../db/schema';
import { AppError } from '../errors';
import { issuePasswordSetup, type PasswordSetupLink } from './password-setup';

export type NewAccount = { username: string; displayName: string; kind: UserKind };
export type NewRole = {
  role: Role;
  schoolId: string | null;
  classId: string | null;
  subject: string | null;
  serviceUnitId?: string | null;
};

/** Lower-case a–z, digits and . _ @ - (a Feide name fits), 2–100 characters. */
export function checkUsername(input: string): string {
  const username = input.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9._@-]{1,99}$/.test(username)) {
    throw new AppError(
      'validation',
      'Brukernavnet kan ha små bokstaver a–z, sifre og . _ @ - (som «kari.nordmann» eller Feide-navnet «kari@kommune.no»), 2–100 tegn.',
      { fields: [{ field: 'username', message: 'ugyldig brukernavn' }] },
    );
  }
  return username;
}

export function checkDisplayName(input: string): string {
  const name = input.trim();
  if (name.length < 2 || name.length > 200)
    throw new AppError('validation', 'Navnet må være mellom 2 og 200 tegn.', {
      fields: [{ field: 'displayName', message: 'mellom 2 og 200 tegn' }],
    });
  return name;
}

/** Inserts the account (no password) with its roles and returns its one-time link to set the password. */
export async function insertAccount(
  tx: Tx,
  kommuneId: string,
  account: NewAccount,
  roles: NewRole[],
  now: Date,
  publicUrl: string,
): Promise<{ id: string; link: PasswordSetupLink }> {
  const id = randomUUID();
  // Usernames are unique across kommuner; another kommune's account is invisible here, so ask the index.
  const inserted = await tx
    .insertInto('app_user')
    .values({
      id,
      kommune_id: kommuneId,
      username: account.username,
      display_name: account.displayName,
      kind: account.kind,
      password_hash: null,
      totp_secret: null,
      oidc_subject: null,
      locked_until: null,
      disabled_at: null,
    })
    .onConflict((oc) => oc.expression(sql`lower(username)`).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted)
    throw new AppError('conflict', `Brukernavnet «${account.username}» er allerede i bruk.`, {
      fields: [{ field: 'username', message: 'i bruk' }],
    });
  if (roles.length) {
    await tx
      .insertInto('role_assignment')
      .values(
        roles.map((r) => ({
          id: randomUUID(),
          kommune_id: kommuneId,
          user_id: id,
          role: r.role,
          school_id: r.schoolId,
          class_id: r.classId,
          service_unit_id: r.serviceUnitId ?? null,
          subject: r.subject,
        })),
      )
      .execute();
  }
  const link = await issuePasswordSetup(tx, { id, kommuneId, username: account.username }, now, publicUrl);
  return { id, link };
}
