// The guardians answer a forhåndsvarsel in Nærvær (issue 22 item 2, decision 228): the guardian with parental
// responsibility replies and changes the reply; the school sees who sent it and when, and the drafter gets it in
// the inbox; a stale version is a 409; the other parent cannot overwrite it, a parent without parental
// responsibility cannot reply (403), a guardian of another child learns nothing (404); after the decision the
// reply stands, and after the deadline with no reply the page says so and the school records the reply given by
// phone; every reply audited. Both databases.
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import type { TestDb } from '../support/db';
import { describeDb } from '../support/db';
import type { TestKommune } from '../support/factories';
import { openCase } from '../support/make';
import { useWorld } from '../support/world';

/** A guardian account with its guardian row, linked to one of the kommune's pupils. */
async function addGuardian(db: TestDb, k: TestKommune, name: string, pupilId: string, parentalResponsibility = true) {
  await db.withContext({ kommuneId: k.id }, async (tx) => {
    const template = await tx
      .selectFrom('app_user')
      .select('password_hash')
      .where('id', '=', k.users.forelder!.id)
      .executeTakeFirstOrThrow();
    const userId = randomUUID();
    k.users[name] = { id: userId, username: `${name}.${k.id.slice(0, 4)}` };
    await tx
      .insertInto('app_user')
      .values({
        id: userId,
        kommune_id: k.id,
        username: k.users[name].username,
        display_name: `Forelder ${name}`,
        kind: 'guardian',
        password_hash: template.password_hash,
        totp_secret: null,
        oidc_subject: null,
        is_demo: false,
      })
      .execute();
    const guardianId = randomUUID();
    await tx
      .insertInto('guardian')
      .values({
        id: guardianId,
        kommune_id: k.id,
        first_name: 'Forelder',
        last_name: name,
        phone: null,
        email: null,
        user_id: userId,
      })
      .execute();
    await tx
      .insertInto('guardian_pupil')
      .values({
        kommune_id: k.id,
        guardian_id: guardianId,
        pupil_id: pupilId,
        parental_responsibility: parentalResponsibility,
      })
      .execute();
  });
}

const HEARD = {
  pupilViews: { obtained: true, how: 'samtale', views: 'Henrik vil gjerne være med på turen med familien.' },
  bestInterest: 'Det er best for Henrik å være med familien, og han tar igjen det han mister.',
};

describeDb('decisions: the guardians answer the forhåndsvarsel in Nærvær', () => {
  const w = useWorld({
    kommuner: ['svar'],
    login: ['kontakt', 'rektor', 'forelder'],
    seed: async (db, k) => {
      await addGuardian(db, k, 'mor', k.pupilIds[0]!);
      await addGuardian(db, k, 'far', k.pupilIds[0]!, false);
      await addGuardian(db, k, 'fremmed', k.pupilIds[1]!);
    },
  });
  const pupilId = () => w.k.pupilIds[0]!;
  let caseId: string;
  let decisionId: string;
  const mine = async (who: string) =>
    (
      (await w.as(who).get(`/api/my-children/${pupilId()}/decisions`)).data.decisions as {
        id: string;
        notice: Record<string, unknown> | null;
        version: number;
      }[]
    ).find((d) => d.id === decisionId)!;
  const replyUrl = (child = pupilId(), id = decisionId) => `/api/my-children/${child}/decisions/${id}/reply`;
  const school = async () => (await w.as('rektor').get(`/api/cases/${caseId}/decisions/${decisionId}`)).data.decision;
  const replyItems = async (who: string) =>
    ((await w.as(who).get('/api/inbox')).data.items as { kind: string; caseLink: string }[]).filter(
      (i) => i.kind === 'decision-reply',
    );

  /** A leave decision drafted by the contact teacher, complete but for the reply, with a forhåndsvarsel sent. */
  async function noticeSent(replyBy: string) {
    const created = await w.as('kontakt').post(`/api/cases/${caseId}/decisions`, { kind: 'permisjon' });
    expect(created.status).toBe(201);
    const id = created.data.decision.id as string;
    const put = await w.as('kontakt').put(`/api/cases/${caseId}/decisions/${id}`, {
      version: created.data.decision.version,
      facts: 'Foresatte søker permisjon for Henrik 7.–11. desember for en familietur.',
      reasons: 'Henrik ligger godt an faglig, og skolen gir ham arbeid med seg.',
      decision: 'Henrik får permisjon fra skolen 7.–11. desember 2026.',
      from: '2026-12-07',
      to: '2026-12-11',
      heard: HEARD,
      weighed: 'Henriks ønske om å være med er lagt vekt på.',
    });
    expect(put.status).toBe(200);
    const notice = await w.as('rektor').post(`/api/cases/${caseId}/decisions/${id}/steps`, {
      version: put.data.decision.version,
      step: 'notice',
      replyBy,
    });
    expect(notice.status).toBe(200);
    return id;
  }

  beforeAll(async () => {
    caseId = await openCase(w.as('kontakt'), pupilId(), 'Søknad om permisjon');
    decisionId = await noticeSent('2026-12-01');
  });

  it('the guardians see the forhåndsvarsel with a reply to send; only a parent with parental responsibility may', async () => {
    expect((await mine('forelder')).notice).toEqual({
      sentOn: '2026-11-24',
      replyBy: '2026-12-01',
      reply: null,
      replyChance: 'send',
      mayReply: true,
    });
    expect((await mine('far')).notice).toMatchObject({ replyChance: 'send', mayReply: false });
    const refused = await w.as('far').put(replyUrl(), { version: (await mine('far')).version, text: 'Jeg er enig.' });
    expect(refused.status).toBe(403);
    expect(refused.data.error.message).toContain('Bare foresatte med foreldreansvar');
    expect((await w.as('forelder').put(replyUrl(), { version: 1, text: '   ' })).data.error.details.fields).toEqual([
      { field: 'text', message: 'Skriv svaret på forhåndsvarselet' },
    ]);
  });

  it('a guardian of another child learns nothing of the decision', async () => {
    const asked = await w.as('fremmed').put(replyUrl(), { version: 1, text: 'Hei' });
    expect(asked.status).toBe(404);
    expect(asked.data.error.message).toBe('Fant ikke barnet.');
    // Through their own child, the decision is not found either, with the same words as any unknown id.
    const own = w.k.pupilIds[1]!;
    const through = await w.as('fremmed').put(replyUrl(own), { version: 1, text: 'Hei' });
    const unknown = await w.as('fremmed').put(replyUrl(own, randomUUID()), { version: 1, text: 'Hei' });
    expect(through.status).toBe(404);
    expect(through.data.error.message).toBe(unknown.data.error.message);
    expect((await w.as('fremmed').get(`/api/my-children/${own}/decisions`)).data.decisions).toEqual([]);
  });

  it('a reply on a version the school has changed since is a 409 in Norwegian; on the newest it is sent', async () => {
    const seen = (await mine('forelder')).version;
    // The contact teacher edits the draft meanwhile.
    const edited = await w.as('kontakt').put(`/api/cases/${caseId}/decisions/${decisionId}`, {
      version: seen,
      reasons: 'Henrik ligger godt an faglig, og skolen gir ham arbeid med seg hjem.',
    });
    expect(edited.status).toBe(200);
    const stale = await w.as('forelder').put(replyUrl(), { version: seen, text: 'Vi er enige.' });
    expect(stale.status).toBe(409);
    expect(stale.data.error.message).toBe(
      'Skolen har endret vedtaket etter at du åpnet siden. Hent siden på nytt og send svaret igjen.',
    );
    expect(stale.data.error.details.currentVersion).toBe(seen + 1);

    const sent = await w
      .as('forelder')
      .put(replyUrl(), { version: (await mine('forelder')).version, text: '  Vi er enige i permisjonen.  ' });
    expect(sent.status).toBe(200);
    expect(sent.data).toEqual({
      reply: { on: '2026-11-24', text: 'Vi er enige i permisjonen.', byName: 'Navn forelder.svar' },
      version: seen + 2,
    });
  });

  it('the school sees who sent it and when, may decide now, and no longer records a reply of its own', async () => {
    const d = await school();
    expect(d).toMatchObject({
      status: 'reply-recorded',
      notice: {
        reply: {
          on: '2026-11-24',
          text: 'Vi er enige i permisjonen.',
          channel: 'naervaer',
          byName: 'Navn forelder.svar',
        },
      },
      nextSteps: ['decide'],
      gaps: [],
    });
    const board = (await w.as('rektor').get('/api/decision-deadlines')).data.deadlines as { decisionId: string }[];
    expect(board.filter((b) => b.decisionId === decisionId)).toEqual([]);
    const paper = await w.as('rektor').post(`/api/cases/${caseId}/decisions/${decisionId}/steps`, {
      version: d.version,
      step: 'reply',
      on: '2026-11-24',
      text: 'Far ringte.',
    });
    expect(paper.status).toBe(400);
    // The contact teacher drafted it and holds the case: the reply is in their inbox, with the way to the decision.
    expect((await replyItems('kontakt')).map((i) => i.caseLink)).toEqual([`/sak/${caseId}#vedtak`]);
    expect(await replyItems('rektor')).toEqual([]);
  });

  it('the one who sent it may change it until the decision is made; the other parent may not overwrite it', async () => {
    expect((await mine('forelder')).notice).toMatchObject({ replyChance: 'edit' });
    expect((await mine('mor')).notice).toMatchObject({
      replyChance: 'closed',
      reply: { channel: 'naervaer', byName: 'Navn forelder.svar', text: 'Vi er enige i permisjonen.' },
    });
    const other = await w.as('mor').put(replyUrl(), { version: (await mine('mor')).version, text: 'Nei.' });
    expect(other.status).toBe(400);
    expect(other.data.error.message).toContain('allerede registrert');

    w.clock.set(new Date('2026-11-25T20:10:00+01:00'));
    for (const who of ['forelder', 'kontakt', 'rektor']) await w.logInAs(who);
    const changed = await w.as('forelder').put(replyUrl(), {
      version: (await mine('forelder')).version,
      text: 'Vi er enige, og Henrik tar med seg lekser.',
    });
    expect(changed.status).toBe(200);
    expect((await school()).notice.reply).toMatchObject({
      on: '2026-11-25',
      text: 'Vi er enige, og Henrik tar med seg lekser.',
    });
    // One item in the inbox for the reply as it stands: the older one is gone.
    expect(await replyItems('kontakt')).toHaveLength(1);
  });

  it('once the decision is made the reply stands as sent, and cannot be changed', async () => {
    const made = await w.as('rektor').post(`/api/cases/${caseId}/decisions/${decisionId}/steps`, {
      version: (await school()).version,
      step: 'decide',
    });
    expect(made.status).toBe(200);
    expect((await mine('forelder')).notice).toMatchObject({
      replyChance: 'closed',
      reply: { on: '2026-11-25', text: 'Vi er enige, og Henrik tar med seg lekser.' },
    });
    const late = await w.as('forelder').put(replyUrl(), { version: (await mine('forelder')).version, text: 'Endring' });
    expect(late.status).toBe(400);
    expect(late.data.error.message).toBe(
      'Vedtaket er fattet, så svaret kan ikke endres lenger. Ta kontakt med skolen om dere vil si noe mer.',
    );
    expect(await replyItems('kontakt')).toEqual([]);
  });

  it('after the deadline with no reply the page says so; the school records the reply given by phone', async () => {
    decisionId = await noticeSent('2026-11-26');
    w.clock.set(new Date('2026-11-27T09:00:00+01:00'));
    for (const who of ['forelder', 'rektor']) await w.logInAs(who);
    expect((await mine('forelder')).notice).toMatchObject({ replyChance: 'late', reply: null });
    const late = await w.as('forelder').put(replyUrl(), { version: (await mine('forelder')).version, text: 'Sent' });
    expect(late.status).toBe(400);
    expect(late.data.error.message).toContain('Svarfristen gikk ut 26.11.2026');

    const phoned = await w.as('rektor').post(`/api/cases/${caseId}/decisions/${decisionId}/steps`, {
      version: (await school()).version,
      step: 'reply',
      on: '2026-11-27',
      text: 'Mor ringte og er enig.',
    });
    expect(phoned.status).toBe(200);
    expect(phoned.data.decision.notice.reply).toEqual({
      on: '2026-11-27',
      text: 'Mor ringte og er enig.',
      channel: 'school',
      byName: null,
    });
    expect((await mine('forelder')).notice).toMatchObject({
      replyChance: 'closed',
      reply: { channel: 'school', text: 'Mor ringte og er enig.', byName: null },
    });
  });

  it('every reply is audited as the guardian’s write', async () => {
    const rows = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'user_id', 'entity_id'])
        .where('action', '=', 'guardian.decision.reply')
        .execute(),
    );
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.user_id))).toEqual(new Set([w.k.users.forelder!.id]));
  });
});
