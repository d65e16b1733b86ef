// One-time links to set a password (decision 080). The token is 32 random bytes; only its SHA-256 is
// stored. It goes in the link's fragment (#…), which browsers never send to a server, so it is in no
// access log; the page reads it and posts it once. A new link for an account ends its earlier ones.
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/create-db';
import { hashToken, newToken } from '../auth/sessions';

/** How long a link is valid: long enough to reach someone by e-mail over a weekend. */
export const PASSWORD_SETUP_MS = 72 * 3_600_000;

/** The page that opens the link (a route of the web app). */
export const PASSWORD_SETUP_PATH = '/sett-passord';

export type PasswordSetupLink = { url: string; expiresAt: Date };

export async function issuePasswordSetup(
  tx: Tx,
  user: { id: string; kommuneId: string; username: string },
  now: Date,
  publicUrl: string,
): Promise<PasswordSetupLink> {
  await tx
    .updateTable('password_setup')
    .set({ used_at: now })
    .where('user_id', '=', user.id)
    .where('used_at', 'is', null)
    .execute();
  const token = newToken();
  const expiresAt = new Date(now.getTime() + PASSWORD_SETUP_MS);
  await tx
    .insertInto('password_setup')
    .values({
      id: randomUUID(),
      kommune_id: user.kommuneId,
      user_id: user.id,
      token_hash: hashToken(token),
      created_at: now,
      expires_at: expiresAt,
      used_at: null,
    })
    .execute();
  const fragment = new URLSearchParams({ bruker: user.username, kode: token });
  return { url: `${publicUrl.replace(/\/$/, '')}${PASSWORD_SETUP_PATH}#${fragment}`, expiresAt };
}
