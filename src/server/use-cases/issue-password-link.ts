// «Ny passordlenke» (issue 16 item 3): a new one-time link for an account that holds a role at a school
// the administrator administers (or no role yet) — someone who never set a password, or forgot it. Earlier links end;
// the password is set anew through the link, which also ends the account's sessions. Audited.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { issuePasswordSetup, type PasswordSetupLink } from '../installation/password-setup';
import { manageableAccount } from '../installation/staff-roles';

export async function issuePasswordLink(
  db: Db,
  actor: Actor,
  userId: string,
  now: Date,
  publicUrl: string,
): Promise<{ id: string; username: string; link: PasswordSetupLink }> {
  return db.withContext(contextOf(actor), async (tx) => {
    const user = await manageableAccount(tx, actor, userId);
    if (user.disabled_at) throw new AppError('conflict', 'Kontoen er deaktivert. Aktiver den først.');
    if (user.is_demo) throw new AppError('conflict', 'Demobrukere har faste passord.');
    const link = await issuePasswordSetup(
      tx,
      { id: user.id, kommuneId: actor.kommuneId, username: user.username },
      now,
      publicUrl,
    );
    await writeAudit(tx, actor, now, [{ action: 'user.password-link', entity: 'app_user', entityId: user.id }]);
    return { id: user.id, username: user.username, link };
  });
}
