// `naervaer user create`: an account with one role, without a password. The operator gets a one-time
// link to hand to the person, who sets the password themselves (decision 080); nothing secret is
// logged, and the link is shown once. Other roles (teachers, services, guardians) come from the roster
// import and the «Brukere» screen.
import type { Db } from '../../db/create-db';
import type { Role, UserKind } from '../../db/schema';
import { AppError } from '../errors';
import { writeOperatorAudit } from '../installation/operator-audit';
import { checkDisplayName, checkUsername, insertAccount } from '../installation/accounts';
import type { PasswordSetupLink } from '../installation/password-setup';
import { kommuneByNumber } from './create-kommune';

/**
 * The roles an operator can give from the command line, and whether each needs a school. The administrator
 * without --school is the kommune-wide administrator (decision 111): every school's accounts, the school
 * owner's and the services', the roster and the sign-in providers — and no pupil.
 */
export const SETUP_ROLES = {
  administrator: 'either',
  skoleledelse: 'school',
  skoleeier: 'none',
  avdelingsdirektor: 'none',
} as const satisfies Partial<Record<Role, 'school' | 'none' | 'either'>>;
export type SetupRole = keyof typeof SETUP_ROLES;

/** «admin» is what people type; the role is «administrator». */
export function setupRole(input: string): SetupRole {
  const role = input.trim().toLowerCase() === 'admin' ? 'administrator' : input.trim().toLowerCase();
  if (!(role in SETUP_ROLES)) {
    throw new AppError(
      'validation',
      `Rollen «${input}» kan ikke gis herfra. Velg en av: ${Object.keys(SETUP_ROLES).join(', ')} (admin = administrator). Lærere, tjenester og foresatte kommer fra elevregisteret.`,
    );
  }
  return role as SetupRole;
}

export type CreateAccountInput = {
  kommune: string;
  username: string;
  displayName: string;
  role: string;
  school?: string | undefined;
};

export async function createAccount(
  db: Db,
  input: CreateAccountInput,
  now: Date,
  publicUrl: string,
): Promise<{ id: string; username: string; link: PasswordSetupLink }> {
  const kommune = await kommuneByNumber(db, input.kommune);
  const role = setupRole(input.role);
  const username = checkUsername(input.username);
  const displayName = checkDisplayName(input.displayName);
  const kind: UserKind =
    role === 'skoleeier' || role === 'avdelingsdirektor' || (role === 'administrator' && !input.school?.trim())
      ? 'municipal'
      : 'staff';
  return db.withContext({ kommuneId: kommune.id }, async (tx) => {
    let schoolId: string | null = null;
    if (SETUP_ROLES[role] === 'either' && !input.school?.trim()) {
      schoolId = null;
    } else if (SETUP_ROLES[role] !== 'none') {
      if (!input.school?.trim())
        throw new AppError(
          'validation',
          `Rollen ${role} gjelder én skole: oppgi --school "skolens navn" (lag skolen med «naervaer school create» først).`,
        );
      const school = await tx
        .selectFrom('school')
        .select('id')
        .where('name', '=', input.school.trim())
        .executeTakeFirst();
      if (!school)
        throw new AppError('not_found', `${kommune.name} har ingen skole som heter «${input.school.trim()}».`);
      schoolId = school.id;
    } else if (input.school) {
      throw new AppError('validation', `Rollen ${role} gjelder hele kommunen, ikke én skole: ta bort --school.`);
    }
    const { id, link } = await insertAccount(
      tx,
      kommune.id,
      { username, displayName, kind },
      [{ role, schoolId, classId: null, subject: null }],
      now,
      publicUrl,
    );
    await writeOperatorAudit(tx, kommune, now, {
      action: 'installation.user.create',
      entity: 'app_user',
      entityId: id,
      details: { role, schoolId },
    });
    return { id, username, link };
  });
}
