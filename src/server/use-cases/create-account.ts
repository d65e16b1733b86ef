// `naervaer user create`: an account with one role, without a password. The operator gets a one-time
// link to hand to the person, who sets the password themselves (decision 080); nothing secret is
// logged, and the link is shown once. Other roles (teachers, services, guardians) come from the roster
// import and the «Brukere» screen.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/create-db';
import type { Role, UserKind } from '../../db/schema';
import { AppError } from '../errors';
import { writeOperatorAudit } from '../installation/operator-audit';
import { issuePasswordSetup, type PasswordSetupLink } from '../installation/password-setup';
import { kommuneByNumber } from './create-kommune';

/** The roles an operator can give from the command line, and whether each needs a school. */
export const SETUP_ROLES = { administrator: 'school', skoleledelse: 'school', skoleeier: 'none' } as const satisfies Partial<Record<Role, 'school' | 'none'>>;
export type SetupRole = keyof typeof SETUP_ROLES;

/** «admin» is what people type; the role is «administrator». */
export function setupRole(input: string): SetupRole {
  const role = input.trim().toLowerCase() === 'admin' ? 'administrator' : input.trim().toLowerCase();
  if (!(role in SETUP_ROLES)) {
    throw new AppError('validation', `Rollen «${input}» kan ikke gis herfra. Velg en av: ${Object.keys(SETUP_ROLES).join(', ')} (admin = administrator). Lærere, tjenester og foresatte kommer fra elevregisteret.`);
  }
  return role as SetupRole;
}

export type CreateAccountInput = { kommune: string; username: string; displayName: string; role: string; school?: string | undefined };

export async function createAccount(db: Db, input: CreateAccountInput, now: Date, publicUrl: string): Promise<{ id: string; username: string; link: PasswordSetupLink }> {
  const kommune = await kommuneByNumber(db, input.kommune);
  const role = setupRole(input.role);
  const username = input.username.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9._@-]{1,99}$/.test(username)) {
    throw new AppError('validation', 'Brukernavnet kan ha små bokstaver a–z, sifre og . _ @ - (som «kari.nordmann» eller Feide-navnet «kari@kommune.no»), 2–100 tegn.');
  }
  const displayName = input.displayName.trim();
  if (displayName.length < 2 || displayName.length > 200) throw new AppError('validation', 'Navnet må være mellom 2 og 200 tegn.');
  const kind: UserKind = role === 'skoleeier' ? 'municipal' : 'staff';
  const id = randomUUID();
  return db.withContext({ kommuneId: kommune.id }, async (tx) => {
    let schoolId: string | null = null;
    if (SETUP_ROLES[role] === 'school') {
      if (!input.school?.trim()) throw new AppError('validation', `Rollen ${role} gjelder én skole: oppgi --school "skolens navn" (lag skolen med «naervaer school create» først).`);
      const school = await tx.selectFrom('school').select('id').where('name', '=', input.school.trim()).executeTakeFirst();
      if (!school) throw new AppError('not_found', `${kommune.name} har ingen skole som heter «${input.school.trim()}».`);
      schoolId = school.id;
    } else if (input.school) {
      throw new AppError('validation', `Rollen ${role} gjelder hele kommunen, ikke én skole: ta bort --school.`);
    }
    // Usernames are unique across kommuner; another kommune's account is invisible here, so ask the index.
    const taken = await tx
      .insertInto('app_user')
      .values({ id, kommune_id: kommune.id, username, display_name: displayName, kind, password_hash: null, totp_secret: null, oidc_subject: null, locked_until: null, disabled_at: null })
      .onConflict((oc) => oc.expression(sql`lower(username)`).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!taken) throw new AppError('conflict', `Brukernavnet «${username}» er allerede i bruk.`);
    await tx.insertInto('role_assignment').values({ id: randomUUID(), kommune_id: kommune.id, user_id: id, role, school_id: schoolId, class_id: null, service_unit_id: null, subject: null }).execute();
    const link = await issuePasswordSetup(tx, { id, kommuneId: kommune.id, username }, now, publicUrl);
    await writeOperatorAudit(tx, kommune, now, { action: 'installation.user.create', entity: 'app_user', entityId: id, details: { role, schoolId } });
    return { id, username, link };
  });
}
