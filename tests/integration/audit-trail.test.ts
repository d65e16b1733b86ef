// The rest of the audit trail (issue 6 item 4, decision 053), through the HTTP API: what each row says
// (kind, entity, case, organisation, client address), refusals written once at the edge, the leadership's
// review of their own school's pupils, and the guardians' own export with its PDF.
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { sealAuditLog } from '../../src/server/audit/seal';
import { describeDb } from '../support/db';
import type { TestKommune } from '../support/factories';
import { pdfText } from '../support/pdf-text';
import { useWorld } from '../support/world';

describeDb('audit trail', () => {
  const w = useWorld({ kommuner: ['aud1', 'aud2'] });
  let a: TestKommune;
  let b: TestKommune;
  let caseA: string; // the factory's closed case (pupil 2, strengt fortrolig), with a held meeting
  let meetingA: string;
  let caseB: string; // kommune b's case
  let otherCase: string; // a second case in kommune a (pupil 1)

  const rows = (kommuneId: string) =>
    w.db.withContext({ kommuneId }, (tx) => tx.selectFrom('audit_log').selectAll().orderBy('id', 'desc').execute());

  beforeAll(async () => {
    [a, b] = w.kommuner as [TestKommune, TestKommune];
    caseA = (
      await w.db.withContext({ kommuneId: a.id }, (tx) =>
        tx.selectFrom('pupil_case').select('id').executeTakeFirstOrThrow(),
      )
    ).id;
    meetingA = (
      await w.db.withContext({ kommuneId: a.id }, (tx) =>
        tx.selectFrom('case_meeting').select('id').executeTakeFirstOrThrow(),
      )
    ).id;
    caseB = (
      await w.db.withContext({ kommuneId: b.id }, (tx) =>
        tx.selectFrom('pupil_case').select('id').executeTakeFirstOrThrow(),
      )
    ).id;
    otherCase = randomUUID();
    await w.db.withContext({ kommuneId: a.id }, async (tx) => {
      const state = {
        status: 'open',
        level: 0,
        since: '2026-11-02',
        measuresStartedOn: '2026-11-02',
        evaluationDue: '2026-11-23',
        intensified: false,
      };
      await tx
        .insertInto('pupil_case')
        .values({
          id: otherCase,
          kommune_id: a.id,
          pupil_id: a.pupilIds[1]!,
          school_id: a.schoolId,
          ladder: 'saltdal',
          state: JSON.stringify(state),
          status: 'open',
          level: 0,
          evaluation_due: '2026-11-23',
          stafettholder_id: a.users.kontakt!.id,
          opened_from: 'undring',
          origin_alert_id: null,
          opened_by: a.users.kontakt!.id,
          opened_at: new Date('2026-11-02T08:00:00Z'),
          last_activity_at: new Date('2026-11-02T08:00:00Z'),
        })
        .execute();
    });
    for (const who of ['kontakt', 'rektor', 'forelder']) await w.session(who);
  });

  it('fills kind, entity, case, organisation and client address on an allowed read', async () => {
    expect((await w.as('kontakt').get(`/api/cases/${caseA}`)).statusCode).toBe(200);
    await sealAuditLog(w.db);
    const [row] = (await rows(a.id)).filter((r) => r.action === 'case.read');
    expect(row).toMatchObject({
      kind: 'read',
      entity: 'pupil_case',
      entity_id: caseA,
      case_id: caseA,
      pupil_id: a.pupilIds[2],
      organisation: 'Testskole aud1',
      client_ip: '127.0.0.1',
      outcome: 'allowed',
      user_id: a.users.kontakt!.id,
    });
    expect(row!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names the pupil as the entity of a pupil read, and prints are kind print', async () => {
    expect((await w.as('kontakt').get(`/api/pupils/${a.pupilIds[0]}/absence`)).statusCode).toBe(200);
    const [read] = (await rows(a.id)).filter((r) => r.action === 'pupil.absence.read');
    expect(read).toMatchObject({ kind: 'read', entity: 'pupil', entity_id: a.pupilIds[0], case_id: null });
  });

  it('refuses an id from another kommune with 404 and a denied row in the asker’s own kommune', async () => {
    const res = await w.as('kontakt').get(`/api/cases/${caseB}`);
    expect(res.statusCode).toBe(404);
    const [row] = (await rows(a.id)).filter((r) => r.outcome === 'denied' && r.entity_id === caseB);
    expect(row).toMatchObject({
      action: 'cases.read',
      kind: 'read',
      entity: 'pupil_case',
      case_id: null,
      pupil_id: null,
      user_id: a.users.kontakt!.id,
      client_ip: '127.0.0.1',
      organisation: 'Testskole aud1',
    });
    // Kommune b's chain knows nothing of it.
    expect((await rows(b.id)).filter((r) => r.outcome === 'denied')).toEqual([]);
  });

  it('refuses a pupil of another school with 404 and a denied row naming that pupil', async () => {
    const res = await w.as('kontakt').get(`/api/pupils/${a.otherPupilId}/absence`);
    expect(res.statusCode).toBe(404);
    const [row] = (await rows(a.id)).filter((r) => r.outcome === 'denied' && r.entity_id === a.otherPupilId);
    expect(row).toMatchObject({ action: 'absence.read', kind: 'read', entity: 'pupil', pupil_id: a.otherPupilId });
  });

  it('refuses a meeting of another case with 404 and a denied print row for the case in the URL', async () => {
    const res = await w.as('kontakt').post(`/api/cases/${otherCase}/meetings/${meetingA}/minutes`, {});
    expect(res.statusCode).toBe(404);
    const [row] = (await rows(a.id)).filter((r) => r.outcome === 'denied' && r.entity_id === meetingA);
    expect(row).toMatchObject({
      action: 'cases.write',
      kind: 'create',
      entity: 'case_meeting',
      case_id: otherCase,
      pupil_id: a.pupilIds[1],
    });
    // The use-case's own transaction wrote nothing.
    expect((await rows(a.id)).filter((r) => r.action === 'case.meeting.print')).toEqual([]);
  });

  it('writes a denied row for the policy table’s 403, once', async () => {
    const before = (await rows(a.id)).length;
    const res = await w.as('kontakt').get('/api/audit-log');
    expect(res.statusCode).toBe(403);
    const after = await rows(a.id);
    expect(after.length).toBe(before + 1);
    expect(after[0]).toMatchObject({
      action: 'audit.review',
      kind: 'read',
      outcome: 'denied',
      user_id: a.users.kontakt!.id,
      entity: null,
    });
  });

  it('writes nothing for an anonymous request', async () => {
    const before = (await rows(a.id)).length;
    expect((await w.anonymous.get(`/api/cases/${caseA}`)).statusCode).toBe(401);
    expect((await rows(a.id)).length).toBe(before);
  });

  it('lets the school leadership review their own pupils’ rows, newest first, and audits the review', async () => {
    const res = await w.as('rektor').get('/api/audit-log');
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      total: number;
      page: number;
      entries: { id: string; pupilId: string; outcome: string; userName: string; kind: string }[];
      options: { pupils: { id: string }[]; users: { id: string }[] };
    };
    expect(body.page).toBe(1);
    expect(body.entries.length).toBeGreaterThan(3);
    const ids = body.entries.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((x, y) => y - x));
    // The other school's pupil is not theirs, though the refused attempt on it happened in their kommune.
    expect(body.entries.some((e) => e.pupilId === a.otherPupilId)).toBe(false);
    expect(body.options.pupils.map((p) => p.id).sort()).toEqual([...a.pupilIds].sort());
    expect(body.options.users.map((u) => u.id)).toContain(a.users.kontakt!.id);
    const [review] = await rows(a.id);
    expect(review).toMatchObject({
      action: 'audit.review',
      kind: 'read',
      outcome: 'allowed',
      user_id: a.users.rektor!.id,
      entity: 'audit_log',
    });
  });

  it('filters by pupil, user, kind, outcome and period, and pages', async () => {
    type Body = {
      total: number;
      pageSize: number;
      entries: { pupilId: string; userId: string; kind: string; outcome: string; at: string }[];
    };
    const q = async (query: string) => (await w.as('rektor').get(`/api/audit-log?${query}`)).json() as Body;
    const denied = await q('outcome=denied');
    expect(denied.entries.length).toBeGreaterThan(0);
    expect(denied.entries.every((e) => e.outcome === 'denied')).toBe(true);
    const byPupil = await q(`pupilId=${a.pupilIds[2]}&kind=read`);
    expect(byPupil.entries.length).toBeGreaterThan(0);
    expect(byPupil.entries.every((e) => e.pupilId === a.pupilIds[2] && e.kind === 'read')).toBe(true);
    const byUser = await q(`userId=${a.users.kontakt!.id}`);
    expect(byUser.entries.every((e) => e.userId === a.users.kontakt!.id)).toBe(true);
    expect((await q('from=2020-01-01&to=2020-12-31')).total).toBe(0);
    const all = await q('');
    expect((await q(`page=${Math.ceil(all.total / all.pageSize) + 1}`)).entries).toEqual([]);
    expect((await w.as('rektor').get(`/api/audit-log?pupilId=${a.otherPupilId}`)).statusCode).toBe(404);
    expect((await w.as('rektor').get('/api/audit-log?from=2026-12-01&to=2026-11-01')).statusCode).toBe(400);
  });

  it('gives guardians who has seen their own child, without their own reads, audited as export', async () => {
    // Three more looks at the same page the same day: one line with a count, not three identical lines.
    for (let i = 0; i < 3; i++)
      expect((await w.as('kontakt').get(`/api/pupils/${a.pupilIds[0]}/absence`)).statusCode).toBe(200);
    const res = await w.as('forelder').get(`/api/my-children/${a.pupilIds[0]}/access-log`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      child: { protectedAddress: boolean };
      total: number;
      shown: number;
      entries: {
        at: string;
        firstAt: string;
        count: number;
        name: string | null;
        role: string;
        organisation: string | null;
        kind: string;
        kindLabel: string;
        what: string;
      }[];
    };
    expect(body.child.protectedAddress).toBe(false);
    expect(body.entries).toContainEqual({
      at: expect.any(String),
      firstAt: expect.any(String),
      count: expect.any(Number),
      name: `Navn ${a.users.kontakt!.username}`,
      role: 'Kontaktlærer',
      organisation: 'Testskole aud1',
      kind: 'read',
      kindLabel: 'Så opplysninger',
      what: 'elevopplysninger',
    });
    const looks = body.entries.find(
      (e) => e.name === `Navn ${a.users.kontakt!.username}` && e.what === 'elevopplysninger' && e.kind === 'read',
    )!;
    expect(looks.count).toBeGreaterThanOrEqual(3);
    expect(looks.firstAt <= looks.at).toBe(true);
    const lines = body.entries.map((e) => JSON.stringify([e.at.slice(0, 10), e.name, e.role, e.kind, e.what]));
    expect(new Set(lines).size).toBe(lines.length);
    expect(body.entries.reduce((n, e) => n + e.count, 0)).toBe(body.shown);
    // No codes: every role and thing is in words.
    expect(body.entries.filter((e) => /[a-z]+_[a-z]+|\./.test(e.what) || /,[a-z]/.test(e.role))).toEqual([]);
    expect(body.entries.some((e) => e.name?.includes('forelder'))).toBe(false);
    const [row] = await rows(a.id);
    expect(row).toMatchObject({
      action: 'guardian.access-log',
      kind: 'export',
      pupil_id: a.pupilIds[0],
      user_id: a.users.forelder!.id,
      organisation: null,
    });
  });

  it('prints «Hvem har sett saken» as a PDF', async () => {
    const res = await w.as('forelder').get(`/api/my-children/${a.pupilIds[0]}/access-log.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Hvem har sett saken');
    expect(text).toContain(`Navn ${a.users.kontakt!.username}`);
    expect(text).toContain('Kontaktlærer, Testskole aud1');
    const [row] = await rows(a.id);
    expect(row).toMatchObject({
      action: 'guardian.access-log',
      kind: 'export',
      details: { format: 'pdf', rows: expect.any(Number) },
    });
  });

  it('refuses another family’s child with 404 and a denied row', async () => {
    const res = await w.as('forelder').get(`/api/my-children/${a.pupilIds[1]}/access-log`);
    expect(res.statusCode).toBe(404);
    const [row] = await rows(a.id);
    expect(row).toMatchObject({
      action: 'guardian.access-log',
      kind: 'export',
      outcome: 'denied',
      entity: 'pupil',
      entity_id: a.pupilIds[1],
      pupil_id: a.pupilIds[1],
    });
    expect((await w.as('forelder').get(`/api/audit-log`)).statusCode).toBe(403);
    expect((await w.as('kontakt').get(`/api/my-children/${a.pupilIds[0]}/access-log`)).statusCode).toBe(403);
  });

  it('shows a child with a protected address without names or organisations, in the rows and the PDF', async () => {
    await w.db.withContext({ kommuneId: a.id }, (tx) =>
      tx
        .insertInto('guardian_pupil')
        .values({ kommune_id: a.id, guardian_id: a.guardianId, pupil_id: a.pupilIds[2]! })
        .execute(),
    );
    const res = await w.as('forelder').get(`/api/my-children/${a.pupilIds[2]}/access-log`);
    const body = res.json() as {
      child: { protectedAddress: boolean };
      entries: { name: string | null; organisation: string | null; role: string; what: string }[];
    };
    expect(body.child.protectedAddress).toBe(true);
    expect(body.entries.length).toBeGreaterThan(0);
    expect(body.entries.every((e) => e.name === null && e.organisation === null)).toBe(true);
    expect(body.entries.map((e) => e.what)).toContain('saken');
    const text = await pdfText(
      (await w.as('forelder').get(`/api/my-children/${a.pupilIds[2]}/access-log.pdf`)).rawPayload,
    );
    expect(text).toContain('skjermet adresse');
    expect(text).not.toContain('Testskole');
    expect(text).not.toContain(`Navn ${a.users.kontakt!.username}`);
  });
});
