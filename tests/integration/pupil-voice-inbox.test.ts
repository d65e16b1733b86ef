// Issue 21 item 2 (decision 206): when the pupil writes on their own page — a weekly check-in or a wish before a
// meeting — the contact teacher and the case's stafettholder get one `pupil-voice` item each, leading to the
// case; its e-mail says only that a pupil wrote something. The pupil's own inbox holds nothing of the case.
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { describeDb, type TestDb } from '../support/db';
import type { TestKommune } from '../support/factories';
import { openCase } from '../support/make';
import { useWorld } from '../support/world';
import { composeMail } from '../../src/server/inbox/mail-worker';

const WISH = 'Jeg vil ikke snakke om gym foran alle.';
const BETTER = 'Slippe å skifte i garderoben';

/** A pupil's own account for pupil `index` of the test kommune, with the factory's password. */
async function addPupilAccount(db: TestDb, k: TestKommune, name: string, index: number) {
  await db.withContext({ kommuneId: k.id }, async (tx) => {
    const { password_hash } = await tx
      .selectFrom('app_user')
      .select('password_hash')
      .where('id', '=', k.users.kontakt!.id)
      .executeTakeFirstOrThrow();
    const id = randomUUID();
    k.users[name] = { id, username: `${name}.${k.id.slice(0, 4)}` };
    await tx
      .insertInto('app_user')
      .values({
        id,
        kommune_id: k.id,
        username: k.users[name].username,
        display_name: `Elev ${name}`,
        kind: 'pupil',
        password_hash,
        totp_secret: null,
        oidc_subject: null,
        is_demo: false,
      })
      .execute();
    await tx.updateTable('pupil').set({ user_id: id }).where('id', '=', k.pupilIds[index]!).execute();
  });
}

type Item = { kind: string; about: { caseId: string | null; pupilName: string } | null; caseLink: string | null };

describeDb('the pupil writes: the school is told', () => {
  const w = useWorld({
    kommuner: ['stemme'],
    login: ['kontakt', 'rektor'],
    seed: async (db, k) => addPupilAccount(db, k, 'elev', 0),
  });
  let caseId: string;
  const items = async (who: string) =>
    ((await w.as(who).get('/api/inbox')).data.items as Item[]).filter((i) => i.kind === 'pupil-voice');
  const outbox = () =>
    w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('mail_outbox')
        .select(['user_id', 'kind', 'dedupe_key'])
        .where('kind', '=', 'pupil-voice')
        .execute(),
    );

  beforeAll(async () => {
    caseId = await openCase(w.as('kontakt'), w.k.pupilIds[0]!, 'Borte mandager');
    // The leadership holds the case: the stafettholder is told as well as the contact teacher. Both have an address.
    await w.db.withContext({ kommuneId: w.k.id }, async (tx) => {
      await tx
        .updateTable('pupil_case')
        .set({ stafettholder_id: w.k.users.rektor!.id })
        .where('id', '=', caseId)
        .execute();
      await tx
        .updateTable('app_user')
        .set({ email: 'laerer@skole.example' })
        .where('id', 'in', [w.k.users.kontakt!.id, w.k.users.rektor!.id])
        .execute();
    });
  });

  it('tells no one before the pupil writes', async () => {
    expect(await items('kontakt')).toEqual([]);
  });

  it('a check-in gives the contact teacher and the stafettholder one item each, naming the case, not the answer', async () => {
    const saved = await w.as('elev').put('/api/me/pupil/checkin', { score: 4, oneStepBetter: BETTER, version: null });
    expect(saved.status, saved.body).toBe(200);
    for (const who of ['kontakt', 'rektor']) {
      const got = await items(who);
      expect(got, who).toHaveLength(1);
      expect(got[0]).toMatchObject({ about: { caseId }, caseLink: `/sak/${caseId}` });
      expect(JSON.stringify(got)).not.toContain('garderoben');
    }
    // Changed the same week: the same entry, no new item.
    const changed = await w.as('elev').put('/api/me/pupil/checkin', { score: 5, oneStepBetter: BETTER, version: 1 });
    expect(changed.status, changed.body).toBe(200);
    expect(await items('kontakt')).toHaveLength(1);
  });

  it('a wish before a meeting gives one more item each', async () => {
    const sent = await w
      .as('elev')
      .post('/api/me/pupil/meeting-wish', { wantAdultsToKnow: WISH, who: ['foresatte'], whoElse: '' });
    expect(sent.status, sent.body).toBe(201);
    expect(await items('kontakt')).toHaveLength(2);
    expect(await items('rektor')).toHaveLength(2);
  });

  it('the e-mail says there is something new and nothing of what was written', async () => {
    const mails = await outbox();
    expect(mails.map((m) => m.user_id).sort()).toEqual(
      [w.k.users.kontakt!.id, w.k.users.kontakt!.id, w.k.users.rektor!.id, w.k.users.rektor!.id].sort(),
    );
    const mail = composeMail('pupil-voice', 'https://naervaer.example');
    expect(mail.subject).toBe('En elev har skrevet noe nytt til skolen i Nærvær');
    for (const text of [mail.text, mail.html]) {
      expect(text).not.toContain('gym');
      expect(text).not.toContain('garderoben');
    }
  });

  it('the pupil’s own inbox has nothing of the case', async () => {
    const own = await w.as('elev').get('/api/inbox');
    expect(own.status, own.body).toBe(200);
    expect(own.data.items).toEqual([]);
    expect(own.body).not.toContain(caseId);
  });

  it('is gone once the case is closed', async () => {
    await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx.updateTable('pupil_case').set({ status: 'closed' }).where('id', '=', caseId).execute(),
    );
    expect(await items('kontakt')).toEqual([]);
  });
});
