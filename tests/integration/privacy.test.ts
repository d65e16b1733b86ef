// Privacy operations (issue 6 item 5, decision 054) through the HTTP API: the export for a request of
// access holds every registered section, the registry covers every table that holds a pupil's data, the
// retention settings are readable and validated, deletion refuses what archive law keeps and otherwise
// erases the rows while keeping anonymous statistics; another kommune's pupil is not found.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sealAuditLog } from '../../src/server/audit/seal';
import { verifyAuditChain } from '../../src/server/audit/verify-chain';
import { loadRetention, RETENTION_FILE } from '../../src/server/privacy/load-retention';
import { PUPIL_DATA } from '../../src/server/privacy/pupil-data';
import { describeDb } from '../support/db';
import { type TestKommune } from '../support/factories';
import { pdfText } from '../support/pdf-text';
import { useWorld } from '../support/world';
import { refreshDayAggregates } from '../../src/server/oversight/refresh-day-aggregates';
import { recordAbsence } from '../support/make';

describeDb('privacy operations', () => {
  // kommune pw holds the other kommune's administrator
  const w = useWorld({ kommuner: ['pv', 'pw'], login: ['admin', 'rektor', 'kontakt', 'eier', 'admin.pw'] });
  let a: TestKommune;
  let b: TestKommune;
  beforeAll(() => void ([a, b] = w.kommuner as [TestKommune, TestKommune]));
  const dir = mkdtempSync(join(tmpdir(), 'naervaer-retention-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const count = async (table: string, column: string, ids: string[]) =>
    (
      await sql<{
        n: number;
      }>`select count(*)::int as n from ${sql.table(table)} where ${sql.ref(column)}::text in (${sql.join(ids)})`.execute(
        w.db.owner,
      )
    ).rows[0]!.n;

  it('registers every table that holds a pupil’s data: pupil or case columns, and every table pointing at one by a foreign key', async () => {
    const registered = new Set(PUPIL_DATA.map((d) => d.table));
    const byColumn = await sql<{ table_name: string }>`
      select distinct table_name from information_schema.columns
      where table_schema = 'public' and (column_name like '%pupil%' or column_name = 'case_id')`.execute(w.db.owner);
    // Foreign keys into the pupil's tables, followed to the end: a history table of a case table, a scan of a consent …
    const fks = await sql<{ source: string; target: string }>`
      select s.relname as source, t.relname as target from pg_constraint c
      join pg_class s on s.oid = c.conrelid join pg_class t on t.oid = c.confrelid
      where c.contype = 'f' and s.relnamespace = 'public'::regnamespace`.execute(w.db.owner);
    const reach = new Set(['pupil']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const fk of fks.rows) {
        if (reach.has(fk.target) && !reach.has(fk.source)) {
          reach.add(fk.source);
          grew = true;
        }
      }
    }
    const missing = [...new Set([...byColumn.rows.map((r) => r.table_name), ...reach])]
      .filter((t) => !registered.has(t))
      .sort();
    expect(missing, 'register these tables in src/server/privacy/pupil-data.ts').toEqual([]);
    // Every registered table exists, once.
    const tables = await sql<{
      relname: string;
    }>`select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'`.execute(w.db.owner);
    expect(PUPIL_DATA.map((d) => d.table).filter((t) => !tables.rows.some((r) => r.relname === t))).toEqual([]);
    expect(registered.size).toBe(PUPIL_DATA.length);
    // What privacy_erase_case erases (every table with a foreign key to pupil_case) may not be registered as kept.
    const caseTables = fks.rows.filter((fk) => fk.target === 'pupil_case').map((fk) => fk.source);
    for (const t of caseTables) expect(PUPIL_DATA.find((d) => d.table === t)?.erasure, t).not.toHaveProperty('kept');
  });

  it('exports every registered section for a pupil with a full case, as JSON and PDF, without a protected guardian’s contact details', async () => {
    const pupilId = a.pupilIds[2]!; // strengt fortrolig adresse; the factory gives this pupil a case with meeting, referral, assessment, consent and scan
    await w.db.withContext({ kommuneId: a.id }, async (tx) => {
      const guardianId = randomUUID();
      await tx
        .insertInto('guardian')
        .values({
          id: guardianId,
          kommune_id: a.id,
          first_name: 'Skjermet',
          last_name: 'Forelder',
          phone: '99887766',
          email: 'skjult@example.invalid',
          user_id: null,
        })
        .execute();
      await tx
        .insertInto('guardian_pupil')
        .values({ kommune_id: a.id, guardian_id: guardianId, pupil_id: pupilId })
        .execute();
      // The pupil's own entries from their page (decision 184), in the pupil's case.
      const pupilCase = await tx
        .selectFrom('pupil_case')
        .select('id')
        .where('pupil_id', '=', pupilId)
        .executeTakeFirstOrThrow();
      const entry = { kommune_id: a.id, pupil_id: pupilId, case_id: pupilCase.id, written_by: a.users.kontakt!.id };
      await tx
        .insertInto('pupil_checkin')
        .values({
          ...entry,
          id: randomUUID(),
          iso_week: '2026-W41',
          score: 4,
          one_step_better: '',
          written_at: new Date(),
        })
        .execute();
      await tx
        .insertInto('pupil_meeting_wish')
        .values({
          ...entry,
          id: randomUUID(),
          want_adults_to_know: 'Ikke gym',
          who: [],
          who_else: '',
          written_at: new Date(),
        })
        .execute();
      await tx
        .insertInto('record_history')
        .values({
          kommune_id: a.id,
          table_name: 'guardian',
          record_id: guardianId,
          version: 1,
          snapshot: JSON.stringify({ phone: '99887766', first_name: 'Skjermet' }),
          changed_by: a.users.admin!.id,
          changed_at: new Date(),
        })
        .execute();
      const eventId = randomUUID();
      await tx
        .insertInto('absence_event')
        .values({
          id: eventId,
          kommune_id: a.id,
          pupil_id: pupilId,
          class_id: a.classId,
          date: '2026-10-05',
          kind: 'day',
          subject: null,
          period: null,
          minutes: null,
          documented: false,
          reason: 'ukjent',
          source: 'laerer',
          note: null,
          registered_by: a.users.kontakt!.id,
          registered_at: new Date(),
        })
        .execute();
      await tx
        .insertInto('absence_event_history')
        .values({
          kommune_id: a.id,
          event_id: eventId,
          version: 1,
          change: 'created',
          changed_by: a.users.kontakt!.id,
          changed_at: new Date(),
          snapshot: '{}',
        })
        .execute();
      await tx
        .insertInto('observation')
        .values({
          id: randomUUID(),
          kommune_id: a.id,
          pupil_id: pupilId,
          kind: 'tegn',
          rule_id: null,
          observed_on: '2026-10-06',
          description: 'Satt alene i friminuttet',
          recorded_by: a.users.kontakt!.id,
          recorded_at: new Date(),
        })
        .execute();
      await tx
        .insertInto('contact_log')
        .values({
          id: randomUUID(),
          kommune_id: a.id,
          pupil_id: pupilId,
          alert_id: null,
          contacted_at: new Date('2026-10-07T10:00:00Z'),
          with_whom: ['helsesykepleier'],
          channel: 'møte',
          summary: 'Helseopplysning som bare helsestasjonen skal lese',
          agreed: null,
          recorded_by: a.users.helse!.id,
          recorded_at: new Date(),
          restricted_to: 'helsestasjon',
        })
        .execute();
    });
    // The per-day figures as an oversight read leaves them (migration 0038): computed, the queue of changed days
    // empty. The registration above falls in the autumn break, which has no school time: one on a school day too.
    await recordAbsence(w.as('rektor'), pupilId, ['2026-11-16'], {
      kind: 'late',
      period: 1,
      minutes: 10,
      documented: false,
    });
    await refreshDayAggregates(w.db, a.id);
    // A read first, so the audit section has a row about this pupil.
    expect((await w.as('rektor').get(`/api/pupils/${pupilId}/file`)).statusCode).toBe(200);

    const res = await w.as('rektor').get(`/api/pupils/${pupilId}/privacy-export?format=json`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="innsyn-.*\.json"/);
    const body = res.json() as {
      format: string;
      protectedAddress: boolean;
      sections: { table: string; count: number; rows: Record<string, unknown>[] }[];
      names: Record<string, string>;
    };
    expect(body.format).toBe('naervaer-innsyn/1');
    expect(body.sections.map((x) => x.table)).toEqual(PUPIL_DATA.map((d) => d.table));
    const empty = body.sections.filter((x) => x.count === 0 && x.table !== 'pupil_day_dirty').map((x) => x.table);
    expect(empty, 'every section has rows for this pupil').toEqual([]);
    // Nothing of another pupil.
    for (const section of body.sections)
      for (const row of section.rows)
        if ('pupil_id' in row && row.pupil_id !== null) expect(row.pupil_id, section.table).toBe(pupilId);
    expect(body.sections.find((x) => x.table === 'case_meeting')!.rows[0]).toMatchObject({
      minutes: 'Snakket om friminuttene',
    });
    // The protected address: the guardian's contact details are shielded, in the history too; the name stays.
    expect(body.protectedAddress).toBe(true);
    expect(JSON.stringify(body)).not.toContain('99887766');
    expect(JSON.stringify(body)).not.toContain('skjult@example.invalid');
    // A note restricted to the health service is shown to exist, not what it says.
    expect(JSON.stringify(body)).not.toContain('Helseopplysning som bare');
    expect(body.sections.find((x) => x.table === 'contact_log')!.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          restricted_to: 'helsestasjon',
          summary: 'skjermet: notat for helsestasjon — be tjenesten om innsyn',
        }),
      ]),
    );
    expect(body.sections.find((x) => x.table === 'guardian')!.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ first_name: 'Skjermet', phone: 'skjermet: fortrolig adresse' }),
      ]),
    );

    const pdf = await w.as('rektor').get(`/api/pupils/${pupilId}/privacy-export?format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(pdf.rawPayload)).replace(/\s+/g, ' ');
    expect(text).toContain('Innsyn: opplysninger om Elev2 Testpv');
    expect(text).toContain('personvernforordningen artikkel 15');
    expect(text).toContain('strengt fortrolig adresse');
    for (const section of PUPIL_DATA) expect(text, section.title).toContain(section.title);
    expect(text).toContain('Snakket om friminuttene');
    expect(text).not.toContain('99887766');

    const audit = await w.db.withContext({ kommuneId: a.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'kind', 'pupil_id', 'user_id'])
        .where('action', '=', 'pupil.privacy-export')
        .where('outcome', '=', 'allowed')
        .execute(),
    );
    expect(audit).toEqual([
      { action: 'pupil.privacy-export', kind: 'export', pupil_id: pupilId, user_id: a.users.rektor!.id },
      { action: 'pupil.privacy-export', kind: 'export', pupil_id: pupilId, user_id: a.users.rektor!.id },
    ]);
  });

  it('finds no pupil of another kommune, or of another school; a teacher may not export at all', async () => {
    expect((await w.as('admin.pw').get(`/api/pupils/${a.pupilIds[0]}/privacy-export`)).statusCode).toBe(404);
    expect((await w.as('admin.pw').delete(`/api/pupils/${a.pupilIds[0]}/case-data`)).statusCode).toBe(404);
    const otherSchool = await w.as('admin').get(`/api/pupils/${a.otherPupilId}/privacy-export`);
    expect(otherSchool.statusCode).toBe(404);
    expect(otherSchool.json().error.message).toBe('Fant ikke eleven ved din skole.');
    expect((await w.as('kontakt').get(`/api/pupils/${a.pupilIds[0]}/privacy-export`)).statusCode).toBe(403);
    expect((await w.as('rektor').delete(`/api/pupils/${a.pupilIds[0]}/case-data`)).statusCode).toBe(403);
  });

  it('shows the retention settings read-only to administrators and the school owner', async () => {
    const res = await w.as('admin').get('/api/privacy/retention');
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.keep.map((k: { id: string }) => k.id)).toEqual([
      'fravaer',
      'ppt-og-barnevern',
      'sakkyndig',
      'niva-2-og-3',
      'enkeltvedtak',
    ]);
    expect(r.delete.map((d: { records: string; afterYears: number }) => [d.records, d.afterYears])).toEqual([
      ['closed-case', 3],
      ['contact-log', 2],
      ['observation', 2],
      ['school-environment', 5],
      ['archived-case', 1],
    ]);
    expect((await w.as('eier').get('/api/privacy/retention')).statusCode).toBe(200);
    expect((await w.as('kontakt').get('/api/privacy/retention')).statusCode).toBe(403);
  });

  it('validates a retention file at load, with a Norwegian message naming the field', () => {
    expect(loadRetention(RETENTION_FILE).ok).toBe(true);
    const file = join(dir, 'kommune.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: 'kommune',
        name: 'Egen',
        source: 'x',
        description: 'x',
        keep: [{ id: 'fravaer', title: 'Fravær', records: 'absence', law: 'arkivlova', why: 'vitnemål' }],
        delete: [{ id: 'sak', title: 'Sak', records: 'closed-case', afterYears: -1, law: 'x', why: 'x' }],
      }),
    );
    const result = loadRetention(file);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual(['kommune.json: delete[0] «sak»: afterYears: kan ikke være negativ']);
    writeFileSync(file, '{ "id": ');
    expect(loadRetention(file)).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^kommune\.json: ugyldig JSON/)],
    });
  });

  it('refuses to delete a case archive law keeps, and says what and why; nothing is removed', async () => {
    const pupilId = a.pupilIds[2]!;
    const res = await w.as('admin').delete(`/api/pupils/${pupilId}/case-data`);
    expect(res.statusCode).toBe(409);
    const error = res.json().error;
    expect(error.message).toMatch(/^Opplysningene kan ikke slettes fordi arkivlova krever at de bevares\./);
    expect(error.message).toContain('henvisning til ppt');
    expect(error.message).toContain('sakkyndig-uttalelse');
    expect(error.message).toContain('arkivlova § 9');
    expect(error.details.kept.map((k: { ruleId: string }) => k.ruleId)).toEqual([
      'ppt-og-barnevern',
      'sakkyndig',
      'enkeltvedtak',
    ]);
    const caseIds = (
      await w.db.withContext({ kommuneId: a.id }, (tx) =>
        tx.selectFrom('pupil_case').select('id').where('pupil_id', '=', pupilId).execute(),
      )
    ).map((c) => c.id);
    expect(caseIds).toHaveLength(1);
    expect(await count('case_meeting', 'case_id', caseIds)).toBe(1);
  });

  it('keeps a case with an enkeltvedtak until it is handed over to the archive, then erases it a year after (decision 225)', async () => {
    // A pupil with one closed level-1 case (closed 01.06.2022, another school year than the erasure test's below: the closed case's three years have run) and a
    // decision made in it; nothing else would keep the case.
    const pupilId = randomUUID();
    const caseId = randomUUID();
    const decisionId = randomUUID();
    const by = a.users.rektor!.id;
    await w.db.withContext({ kommuneId: a.id, userId: by }, async (tx) => {
      await tx
        .insertInto('pupil')
        .values({
          id: pupilId,
          kommune_id: a.id,
          first_name: 'Elev9',
          last_name: 'Vedtak',
          birth_date: '2012-04-19',
          national_id: null,
          local_id: 'pv-vedtak',
          protected_address: 'none',
        })
        .execute();
      await tx
        .insertInto('class_membership')
        .values({
          id: randomUUID(),
          kommune_id: a.id,
          pupil_id: pupilId,
          class_id: a.classId,
          valid_from: '2026-08-17',
          valid_to: null,
        })
        .execute();
      const closed = { status: 'closed', level: 1, since: '2022-06-01', summary: 'Bedre' };
      await tx
        .insertInto('pupil_case')
        .values({
          id: caseId,
          kommune_id: a.id,
          pupil_id: pupilId,
          school_id: a.schoolId,
          ladder: 'saltdal',
          state: JSON.stringify(closed),
          status: 'closed',
          level: 1,
          evaluation_due: null,
          stafettholder_id: by,
          opened_from: 'undring',
          origin_alert_id: null,
          opened_by: by,
          opened_at: new Date('2021-09-01T08:00:00Z'),
          last_activity_at: new Date('2022-06-01T08:00:00Z'),
        })
        .execute();
      await tx
        .insertInto('case_decision')
        .values({
          id: decisionId,
          kommune_id: a.id,
          case_id: caseId,
          pupil_id: pupilId,
          kind: 'permisjon',
          status: 'delivered',
          facts: 'Foresatte søkte om permisjon.',
          legal_basis: ['opplaringslova-permisjon'],
          reasons: 'Forsvarlig.',
          decision: 'Permisjon innvilges.',
          decided_on: '2022-02-01',
          decided_by: by,
          delivery_channel: 'paper',
          delivered_on: '2022-02-01',
          created_by: by,
          created_at: new Date('2022-01-30T09:00:00Z'),
          updated_by: by,
          updated_at: new Date('2022-02-01T09:00:00Z'),
        })
        .execute();
    });
    const refused = await w.as('admin').delete(`/api/pupils/${pupilId}/case-data`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.kept.map((k: { ruleId: string }) => k.ruleId)).toEqual(['enkeltvedtak']);
    expect(refused.json().error.message).toContain('vedtak fattet 01.02.2022');
    expect(await count('case_decision', 'id', [decisionId])).toBe(1);

    // Handed over to the archive 01.06.2025 in an extract holding the case: the archive keeps it now, and the
    // year of «overført til arkivet» has run on 24.11.2026.
    await w.db.withContext({ kommuneId: a.id, userId: by }, async (tx) => {
      const extractId = randomUUID();
      await tx
        .insertInto('archive_extract')
        .values({
          id: extractId,
          kommune_id: a.id,
          school_id: a.schoolId,
          scope: 'case',
          reason: 'closed',
          period_from: '2022-06-01',
          period_to: '2022-06-01',
          file_name: 'arkivuttrekk-sak-2022-06-01.tar',
          bytes: new Uint8Array(1024),
          sha256: '5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef',
          size_bytes: 1024,
          documents: 2,
          made_at: new Date('2022-06-01T12:00:00Z'),
          made_by: by,
          handed_over_on: '2025-06-01',
          handed_over_by: by,
          handed_over_at: new Date('2025-06-01T12:00:00Z'),
        })
        .execute();
      await tx
        .insertInto('archive_extract_case')
        .values({ id: randomUUID(), kommune_id: a.id, extract_id: extractId, case_id: caseId, pupil_id: pupilId })
        .execute();
    });
    const erased = await w.as('admin').delete(`/api/pupils/${pupilId}/case-data`);
    expect(erased.statusCode).toBe(200);
    expect(erased.json().archived).toEqual([{ caseId, handedOverOn: '2025-06-01' }]);
    expect(erased.json().message).toContain('Saken åpnet 01.09.2021 er overført til arkivet 01.06.2025.');
    expect(await count('case_decision', 'id', [decisionId])).toBe(0);
    expect(await count('pupil_case', 'id', [caseId])).toBe(0);
  });

  it('refuses before the waiting time has run out, with the date', async () => {
    // Elev1 has an observation from 2 September 2026 and no case; the clock stands at 24 November 2026.
    const res = await w.as('admin').delete(`/api/pupils/${a.pupilIds[1]}/case-data`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe(
      'Opplysningene kan ikke slettes ennå. Observasjonene (1) kan slettes fra 02.09.2028 (Observasjoner (tegn, store vansker med oppmøte, alvorlige enkeltepisoder)).',
    );
  });

  it('refuses while a case is open, then erases a closed level-1 case, the contact log and observations, keeping absence, the audit trail and the statistics', async () => {
    const pupilId = a.pupilIds[0]!;
    const caseId = randomUUID();
    const meetingId = randomUUID();
    const contactId = randomUUID();
    const observationId = randomUUID();
    const consentId = randomUUID();
    const by = a.users.kontakt!.id;
    await w.db.withContext({ kommuneId: a.id, userId: by }, async (tx) => {
      const open = {
        status: 'open',
        level: 1,
        since: '2022-09-01',
        measuresStartedOn: '2022-09-01',
        evaluationDue: '2022-09-22',
        intensified: false,
      };
      await tx
        .insertInto('pupil_case')
        .values({
          id: caseId,
          kommune_id: a.id,
          pupil_id: pupilId,
          school_id: a.schoolId,
          ladder: 'saltdal',
          state: JSON.stringify(open),
          status: 'open',
          level: 1,
          evaluation_due: null,
          stafettholder_id: by,
          opened_from: 'undring',
          origin_alert_id: null,
          opened_by: by,
          opened_at: new Date('2022-09-01T08:00:00Z'),
          last_activity_at: new Date('2023-06-01T08:00:00Z'),
        })
        .execute();
      await tx
        .insertInto('case_action')
        .values({
          kommune_id: a.id,
          case_id: caseId,
          action: JSON.stringify({ type: 'escalate', reason: 'Mer trengs' }),
          state_after: JSON.stringify(open),
          acted_by: by,
          acted_at: new Date('2022-10-01T08:00:00Z'),
        })
        .execute();
      await tx
        .insertInto('case_task')
        .values({
          id: randomUUID(),
          kommune_id: a.id,
          case_id: caseId,
          level: 0,
          ladder_task_id: null,
          text: 'Ringe hjem',
          responsible: [],
          owner_id: by,
          due_on: null,
          done_on: '2022-09-02',
          done_by: by,
          completion: null,
          source: 'team',
        })
        .execute();
      await tx
        .insertInto('case_meeting')
        .values({
          id: meetingId,
          kommune_id: a.id,
          case_id: caseId,
          kind: 'samarbeidsmote',
          scheduled_on: '2022-09-10',
          participants: ['Mor'],
          agenda: 'Plan',
          anonymised: false,
          held_on: '2022-09-10',
          minutes: 'Avtalte kortere dager',
          next_meeting_on: null,
          recorded_by: by,
          updated_at: new Date(),
        })
        .execute();
      await tx
        .insertInto('case_participant')
        .values({
          id: randomUUID(),
          kommune_id: a.id,
          case_id: caseId,
          name: 'Mor',
          role: 'foresatte',
          user_id: null,
          added_by: by,
          added_at: new Date(),
          removed_at: null,
        })
        .execute();
      await tx
        .insertInto('case_referral')
        .values({
          id: randomUUID(),
          kommune_id: a.id,
          case_id: caseId,
          service: 'helsestasjon',
          status: 'avsluttet',
          sent_on: '2022-09-15',
          answered_on: '2022-10-01',
          guardians_signed: false,
          note: null,
          updated_by: by,
          updated_at: new Date(),
        })
        .execute();
      await tx
        .insertInto('consent')
        .values({
          id: consentId,
          kommune_id: a.id,
          pupil_id: pupilId,
          case_id: caseId,
          decision: 'granted',
          services: ['helsestasjon'],
          specialist_services: null,
          other_services: null,
          guardian_ids: [a.guardianId],
          pupil_consented: false,
          information_given: 'x',
          scope: 'x',
          held_back_matters: null,
          excluded_persons: null,
          stafettlogg: false,
          place: null,
          consent_date: '2022-09-12',
          collected_by: by,
          collected_at_service: 'Skolen',
          recorded_at: new Date('2022-09-12T08:00:00Z'),
          expired_on: '2023-06-01',
        })
        .execute();
      await tx
        .insertInto('consent_scan')
        .values({
          id: randomUUID(),
          kommune_id: a.id,
          consent_id: consentId,
          case_id: caseId,
          file_name: 'samtykke.pdf',
          mime: 'application/pdf',
          data: new TextEncoder().encode('%PDF-1.4'),
          uploaded_by: by,
          uploaded_at: new Date(),
        })
        .execute();
      await tx
        .insertInto('contact_log')
        .values({
          id: contactId,
          kommune_id: a.id,
          pupil_id: pupilId,
          alert_id: null,
          contacted_at: new Date('2022-09-05T10:00:00Z'),
          with_whom: ['foresatt'],
          channel: 'telefon',
          summary: 'Ringte mor',
          agreed: null,
          recorded_by: by,
          recorded_at: new Date(),
        })
        .execute();
      await tx
        .insertInto('observation')
        .values({
          id: observationId,
          kommune_id: a.id,
          pupil_id: pupilId,
          kind: 'tegn',
          rule_id: null,
          observed_on: '2022-09-03',
          description: 'Vondt i magen om morgenen',
          recorded_by: by,
          recorded_at: new Date(),
        })
        .execute();
      await tx
        .insertInto('absence_event')
        .values({
          id: randomUUID(),
          kommune_id: a.id,
          pupil_id: pupilId,
          class_id: a.classId,
          date: '2022-09-05',
          kind: 'day',
          subject: null,
          period: null,
          minutes: null,
          documented: false,
          reason: 'ukjent',
          source: 'laerer',
          note: null,
          registered_by: by,
          registered_at: new Date(),
        })
        .execute();
      for (const [table, id] of [
        ['pupil_case', caseId],
        ['case_meeting', meetingId],
        ['contact_log', contactId],
        ['observation', observationId],
      ] as const) {
        await tx
          .insertInto('record_history')
          .values({
            kommune_id: a.id,
            table_name: table,
            record_id: id,
            version: 1,
            snapshot: '{}',
            changed_by: by,
            changed_at: new Date(),
          })
          .execute();
      }
      await tx
        .insertInto('audit_log')
        .values({
          kommune_id: a.id,
          at: new Date(),
          user_id: by,
          role: 'kontaktlaerer',
          action: 'case.read',
          pupil_id: pupilId,
          case_id: caseId,
          details: '{}',
        })
        .execute();
    });

    const whileOpen = await w.as('admin').delete(`/api/pupils/${pupilId}/case-data`);
    expect(whileOpen.statusCode).toBe(409);
    expect(whileOpen.json().error.message).toBe(
      'Eleven har en åpen sak. Saken må avsluttes før opplysningene kan slettes.',
    );

    const closed = { status: 'closed', level: 1, since: '2023-06-01', summary: 'Bedre' };
    await w.db.withContext({ kommuneId: a.id }, async (tx) => {
      await tx
        .updateTable('pupil_case')
        .set({ status: 'closed', state: JSON.stringify(closed) })
        .where('id', '=', caseId)
        .execute();
      await tx
        .insertInto('case_action')
        .values({
          kommune_id: a.id,
          case_id: caseId,
          action: JSON.stringify({ type: 'close', summary: 'Bedre' }),
          state_after: JSON.stringify(closed),
          acted_by: by,
          acted_at: new Date('2023-06-01T08:00:00Z'),
        })
        .execute();
    });
    const absenceBefore = await count('absence_event', 'pupil_id', [pupilId]);
    const auditBefore = await count('audit_log', 'pupil_id', [pupilId]);

    const res = await w.as('admin').delete(`/api/pupils/${pupilId}/case-data`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.erased).toEqual({
      pupil_case: 1,
      case_action: 2,
      case_task: 1,
      case_meeting: 1,
      case_participant: 1,
      case_referral: 1,
      consent: 1,
      consent_scan: 1,
      contact_log: 1,
      observation: 1,
    });
    expect(body.kept).toEqual([
      expect.objectContaining({
        rule: 'fravaer',
        what: `Fraværsregistreringene (${absenceBefore}) og varslene om dem`,
      }),
    ]);
    expect(body.message).toMatch(/^Saksopplysningene er slettet\. Fraværsregistreringene/);

    // The rows are gone, their edit history too …
    for (const table of [
      'case_action',
      'case_task',
      'case_meeting',
      'case_participant',
      'case_referral',
      'consent',
      'consent_scan',
    ])
      expect(await count(table, 'case_id', [caseId]), table).toBe(0);
    expect(await count('pupil_case', 'id', [caseId])).toBe(0);
    expect(await count('contact_log', 'id', [contactId])).toBe(0);
    expect(await count('observation', 'id', [observationId])).toBe(0);
    expect(await count('record_history', 'record_id', [caseId, meetingId, contactId, observationId])).toBe(0);
    // … the pupil, the absence and the audit trail stay (with one row more: the deletion), and the chain holds.
    expect(await count('pupil', 'id', [pupilId])).toBe(1);
    expect(await count('absence_event', 'pupil_id', [pupilId])).toBe(absenceBefore);
    expect(await count('audit_log', 'case_id', [caseId])).toBe(1);
    expect(await count('audit_log', 'pupil_id', [pupilId])).toBe(auditBefore + 1);
    const deletion = await w.db.withContext({ kommuneId: a.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['kind', 'user_id', 'details'])
        .where('action', '=', 'pupil.privacy-delete')
        .where('outcome', '=', 'allowed')
        .where('pupil_id', '=', pupilId)
        .orderBy('id')
        .executeTakeFirstOrThrow(),
    );
    expect(deletion).toMatchObject({
      kind: 'delete',
      user_id: a.users.admin!.id,
      details: { caseIds: [caseId], retention: 'default', kept: ['fravaer'] },
    });
    await sealAuditLog(w.db);
    const chain = (await verifyAuditChain(w.db)).find((r) => r.kommuneId === a.id)!;
    expect(chain).toMatchObject({ problems: [], unsealed: { count: 0 } });
    // The case lives on as a count: school year 2022–23, highest level 1, opened from an undring, 273 days, one meeting.
    const stats = await w.db.withContext({ kommuneId: a.id }, (tx) =>
      tx
        .selectFrom('case_statistics')
        .select(['school_id', 'school_year', 'level', 'opened_from', 'cases', 'days_open', 'meetings'])
        .where('school_year', '=', 2022)
        .execute(),
    );
    expect(stats).toEqual([
      {
        school_id: a.schoolId,
        school_year: 2022,
        level: 1,
        opened_from: 'undring',
        cases: 1,
        days_open: 273,
        meetings: 1,
      },
    ]);

    // Nothing left to delete: a second request says so.
    const again = await w.as('admin').delete(`/api/pupils/${pupilId}/case-data`);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ erased: {}, message: 'Eleven har ingen saksopplysninger som kan slettes.' });
  });

  it('keeps the history tables append-only for the application: only the erasure functions may delete', async () => {
    await expect(
      w.db.withContext({ kommuneId: a.id }, (tx) => sql`delete from case_action`.execute(tx)),
    ).rejects.toThrow(/permission denied/);
    await expect(sql`delete from record_history`.execute(w.db.owner)).rejects.toThrow(/bare for tillegg/);
    // The erasure function refuses an open case (or one of another kommune).
    const open = await w.db.withContext({ kommuneId: b.id }, (tx) =>
      tx.selectFrom('pupil_case').select('id').executeTakeFirstOrThrow(),
    );
    await expect(
      w.db.withContext({ kommuneId: a.id }, (tx) => sql`select privacy_erase_case(${open.id}::uuid)`.execute(tx)),
    ).rejects.toThrow(/fant ingen avsluttet sak/);
  });
});
