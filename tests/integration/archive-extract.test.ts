// Issue 22 item 3's acceptance (decisions 220–223, 225): a Henrik-like case with a letter home, minutes, a plan, a
// consent, a form, a written notice and a decision (draft → forhåndsvarsel → decided → delivered) is closed; the Noark 5 extract made on closing is unpacked, every XML file
// validates against the shipped schemas with xmllint, there is one registrering for every document of the case
// (counted from the case through the API and the database, not a constant), every checksum and size matches its
// file, and every PDF is PDF/A-2b in structure and passes qpdf --check.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HEARD } from '../../src/domain/ladder/testing';
import { tiltaksplan } from '../../src/domain/plans/testing';
import { uuidFrom } from '../../src/server/archive/ids';
import { describeDb } from '../support/db';
import { actOnCase, openCase, openCaseAtLevel, recordAbsence } from '../support/make';
import { pdfText } from '../support/pdf-text';
import { archiveToolsMissing, pdfaProblems, qpdfProblems } from '../support/pdfa';
import { useWorld } from '../support/world';
import { schemaProblems } from '../support/xmllint';

const missing = archiveToolsMissing();

describeDb('the pupil’s file as a Noark 5 arkivuttrekk', () => {
  const w = useWorld({ kommuner: ['ark'], login: ['kontakt', 'rektor', 'admin', 'forelder'] });
  const pupilId = () => w.k.pupilIds[0]!;
  let caseId: string;
  let decisionId: string;
  let changedId: string;
  let dir: string;
  let root: string;
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const kontakt = w.as('kontakt');
    const ok = (res: { status: number; body: string }, what: string) => {
      if (res.status >= 300) throw new Error(`${what}: ${res.status} ${res.body}`);
    };
    await recordAbsence(kontakt, pupilId(), ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20']);
    caseId = await openCase(kontakt, pupilId());
    // The letter home about the absence (004 §2), sent from the open case.
    const alert = (await kontakt.get(`/api/pupils/${pupilId()}/absence`)).data.alerts[0];
    expect(alert, 'the absence made an alert').toBeTruthy();
    ok(await kontakt.post(`/api/alerts/${alert.id}/send-to-guardians`, {}), 'brev hjem');
    // An undringssamtale with minutes.
    const planned = await kontakt.post(`/api/cases/${caseId}/meetings`, {
      kind: 'undringssamtale-elev',
      scheduledOn: '2026-11-23',
      participants: ['Eleven', 'Kontaktlærer'],
      agenda: 'Hvordan har du det på skolen?',
    });
    ok(planned, 'møte');
    const m = planned.data.meeting;
    ok(
      await kontakt.put(`/api/cases/${caseId}/meetings/${m.id}`, {
        scheduledOn: m.scheduledOn,
        participants: m.participants,
        agenda: m.agenda,
        anonymised: false,
        heldOn: '2026-11-23',
        minutes: 'Henrik gruer seg til garderoben. Avtalt å skifte på eget rom.',
        nextMeetingOn: null,
        version: m.version,
      }),
      'referat',
    );
    // A form filled with the pupil (the pupil's voice, which the plan needs to be made active).
    ok(await kontakt.post(`/api/cases/${caseId}/forms`, { formId: 'undringssamtale-elev', answers: {} }), 'skjema');
    // The guardians' consent to co-operation.
    ok(
      await kontakt.post(`/api/cases/${caseId}/consents`, {
        decision: 'granted',
        services: ['helsestasjon'],
        guardianIds: [w.k.guardianId],
        pupilConsented: false,
        informationGiven: 'Om helsestasjonen og hva som deles',
        scope: 'Fravær og trivsel',
        stafettlogg: false,
        consentDate: '2026-11-24',
        collectedAtService: 'Testskole',
      }),
      'samtykke',
    );
    // A tiltaksplan, made active with the pupil's voice (decision 204): activating keeps the draft's version, a change for the change log.
    const content = tiltaksplan({
      date: '2026-11-24',
      period: { from: '2026-11-24', to: '2026-12-18' },
      nextMeetingOn: '2026-12-18',
    });
    const created = await kontakt.post(`/api/cases/${caseId}/plans`, { kind: content.kind, content });
    ok(created, 'plan');
    ok(
      await kontakt.post(`/api/cases/${caseId}/plans/${created.data.plan.id}/activate`, { version: 1, heard: HEARD }),
      'aktiver plan',
    );
    // The written notice to the school leadership (000 §5).
    ok(await kontakt.post(`/api/cases/${caseId}/notices`, { to: 'skoleledelse' }), 'melding');
    // A decision on a reduced timetable (decisions 213–217), as tests/integration/decisions.test.ts makes it:
    // drafted, the forhåndsvarsel sent, the draft edited after it (the archived notice is the one sent), the
    // reply, decided with the sakkyndig vurdering, delivered in Nærvær.
    const rektor = w.as('rektor');
    const drafted = await kontakt.post(`/api/cases/${caseId}/decisions`, { kind: 'redusert-timeplan' });
    ok(drafted, 'vedtak');
    decisionId = drafted.data.decision.id;
    const decision = `/api/cases/${caseId}/decisions/${decisionId}`;
    let version: number = drafted.data.decision.version;
    const edit = async (body: Record<string, unknown>, what: string) => {
      const res = await rektor.put(decision, { version, ...body });
      ok(res, what);
      version = res.data.decision.version;
    };
    const step = async (body: Record<string, unknown>) => {
      const res = await rektor.post(`${decision}/steps`, { version, ...body });
      ok(res, `vedtak: ${String(body.step)}`);
      version = res.data.decision.version;
    };
    await edit(
      {
        facts: 'Henrik har vært borte 40 % av timene før kl. 11 siden høstferien.',
        decision: 'Henrik møter kl. 11.00–14.00 mandag til fredag.',
        from: '2026-12-07',
        to: '2027-01-29',
        heard: {
          pupilViews: { obtained: true, how: 'samtale', views: 'Henrik vil heller komme senere enn ikke komme.' },
          bestInterest: 'Det er best for Henrik å være på skolen hver dag, også om dagen blir kortere.',
        },
        weighed: 'Henriks ønske om å begynne senere er lagt til grunn for tidspunktene.',
      },
      'utkast',
    );
    await step({ step: 'notice', replyBy: '2026-12-01' });
    await edit({ facts: 'Henrik har vært borte 45 % av timene før kl. 11 siden høstferien.' }, 'endret etter varsel');
    await step({ step: 'reply', on: '2026-11-24', text: 'Foresatte er enige.' });
    const assessment = await rektor.post(`/api/cases/${caseId}/assessments`, {
      kind: 'sakkyndig-vurdering',
      issuedOn: '2026-11-20',
      issuedBy: 'PPT Testkommune',
      recommendations: 'Redusert timeplan i en periode, med gradvis opptrapping.',
    });
    ok(assessment, 'sakkyndig vurdering');
    await edit(
      {
        assessmentId: assessment.data.assessment.id,
        guardianConsent: { on: '2026-11-24', by: 'Foresatt Testark' },
        reasons: 'PPT anbefaler en kortere dag for en periode.',
      },
      'grunnlag',
    );
    await step({ step: 'decide' });
    await step({ step: 'deliver', channel: 'naervaer' });
    await step({ step: 'appeal', receivedOn: '2026-11-24', text: 'Foresatte mener tre timer om dagen er for lite.' });
    // The school changes its decision on the appeal (fvl § 33 andre ledd): a new decision with its own letter,
    // delivered and receipted like the first (decision 230).
    const changing = await rektor.post(`${decision}/steps`, {
      version,
      step: 'reassess',
      on: '2026-11-24',
      outcome: 'changed',
      reasons: 'Foresatte har rett i at tre timer er for lite; PPT anbefaler opptrapping.',
    });
    expect(changing.status, 'a change without what is now decided').toBe(400);
    expect(changing.data.error.details.fields[0].field).toBe('decision');
    await step({
      step: 'reassess',
      on: '2026-11-24',
      outcome: 'changed',
      reasons: 'Foresatte har rett i at tre timer er for lite; PPT anbefaler opptrapping.',
      decision: 'Henrik møter kl. 10.00–14.00 mandag til fredag.',
    });
    const listed = (await rektor.get(`/api/cases/${caseId}/decisions`)).data.decisions as {
      id: string;
      replacesId: string | null;
      status: string;
      version: number;
    }[];
    const changed = listed.find((d) => d.replacesId === decisionId)!;
    expect(changed, 'the changed decision is a decision of its own').toMatchObject({ status: 'decided' });
    expect(listed.find((d) => d.id === decisionId)).toMatchObject({ status: 'changed' });
    changedId = changed.id;
    const delivered = await rektor.post(`/api/cases/${caseId}/decisions/${changedId}/steps`, {
      version: changed.version,
      step: 'deliver',
      channel: 'naervaer',
    });
    ok(delivered, 'nytt vedtak levert');
    const forelder = w.as('forelder');
    const mine = (await forelder.get(`/api/my-children/${pupilId()}/decisions`)).data.decisions;
    expect(mine.find((d: { id: string }) => d.id === changedId)).toMatchObject({ afterAppeal: true });
    expect(mine.find((d: { id: string }) => d.id === decisionId)).toMatchObject({ afterAppeal: false });
    const opened = await forelder.get(`/api/my-children/${pupilId()}/decisions/${changedId}/pdf`);
    expect(opened.status, opened.body).toBe(200);
    const afterOpen = (await rektor.get(`/api/cases/${caseId}/decisions/${changedId}`)).data.decision;
    expect(afterOpen.delivery).toMatchObject({ channel: 'naervaer', receivedOn: '2026-11-24', receipt: 'opened' });
    expect(afterOpen.appealDeadline, 'a new three weeks from receipt').toBe('2026-12-15');
    await actOnCase(kontakt, caseId, { type: 'close', summary: 'Henrik er tilbake i full skolegang.' });
  });

  it('makes an extract when the case closes, and stores it with its checksum and the time it was made', async () => {
    const rows = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('archive_extract as e')
        .innerJoin('archive_extract_case as c', 'c.extract_id', 'e.id')
        .selectAll('e')
        .where('c.case_id', '=', caseId)
        .execute(),
    );
    expect(rows).toHaveLength(1);
    const e = rows[0]!;
    expect(e).toMatchObject({ scope: 'case', reason: 'closed', handed_over_on: null });
    const bytes = new Uint8Array(e.bytes);
    expect(e.size_bytes).toBe(bytes.length);
    expect(e.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    dir = mkdtempSync(join(tmpdir(), 'naervaer-arkiv-'));
    writeFileSync(join(dir, 'x.tar'), bytes);
    const untar = spawnSync('tar', ['-xf', 'x.tar'], { cwd: dir, encoding: 'utf8' });
    expect(untar.status, untar.stderr).toBe(0);
    root = join(dir, e.id);
    expect(readdirSync(root).sort()).toEqual(
      [
        'addml.xsd',
        'arkivstruktur.xml',
        'arkivstruktur.xsd',
        'arkivuttrekk.xml',
        'dokumenter',
        'endringslogg.xml',
        'endringslogg.xsd',
        'loependeJournal.xml',
        'loependeJournal.xsd',
        'metadatakatalog.xsd',
        'offentligJournal.xml',
        'offentligJournal.xsd',
      ].sort(),
    );
  });

  /**
   * Each decision gives its forhåndsvarsel once sent, the guardians' reply once in (decision 233), its letter once
   * made and an appeal once in (decision 225).
   */
  const decisionDocuments = async () => {
    const rektor = w.as('rektor');
    let n = 0;
    for (const d of (await rektor.get(`/api/cases/${caseId}/decisions`)).data.decisions as { id: string }[]) {
      const full = (await rektor.get(`/api/cases/${caseId}/decisions/${d.id}`)).data.decision;
      n += (full.notice ? 1 : 0) + (full.notice?.reply ? 1 : 0) + (full.decidedOn ? 1 : 0) + (full.appeal ? 1 : 0);
    }
    return n;
  };

  it('holds one registrering for every document of the case, counted from the case', async () => {
    const c = (await w.as('kontakt').get(`/api/cases/${caseId}`)).data;
    const counted = await w.db.withContext({ kommuneId: w.k.id }, async (tx) => {
      const n = async (q: Promise<{ n: string | number }>) => Number((await q).n);
      return {
        letters: await n(
          tx
            .selectFrom('guardian_document')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('case_id', '=', caseId)
            .where('kind', '=', 'letter')
            .executeTakeFirstOrThrow() as Promise<{ n: string | number }>,
        ),
        notices: await n(
          tx
            .selectFrom('case_notice')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('case_id', '=', caseId)
            .executeTakeFirstOrThrow() as Promise<{ n: string | number }>,
        ),
      };
    });
    const fromCase = {
      minutes: c.meetings.filter((m: { heldOn: string | null }) => m.heldOn).length,
      plans: c.plans.filter((p: { status: string }) => p.status !== 'utkast').length,
      consents: c.consents.length,
      forms: c.forms.length,
      ...counted,
      // Each decision gives its forhåndsvarsel once sent and its letter once made (decision 225).
      decisions: await decisionDocuments(),
    };
    // Every kind is there at least once, so a source that found nothing would show.
    for (const [kind, n] of Object.entries(fromCase)) expect(n, kind).toBeGreaterThan(0);
    const expected = Object.values(fromCase).reduce((a, b) => a + b, 0);
    const xml = readFileSync(join(root, 'arkivstruktur.xml'), 'utf8');
    expect(xml.match(/<registrering xsi:type="journalpost">/g)).toHaveLength(expected);
    expect(xml.match(/<dokumentobjekt>/g)).toHaveLength(expected);
    expect(readdirSync(join(root, 'dokumenter'))).toHaveLength(expected);
    // Each registrering is screened under offentleglova § 13.
    const registrations = xml.split('<registrering ').slice(1);
    for (const r of registrations) expect(r).toContain('<tilgangsrestriksjon>13</tilgangsrestriksjon>');
    expect(readFileSync(join(root, 'loependeJournal.xml'), 'utf8')).toContain(
      `<antallJournalposter>${expected}</antallJournalposter>`,
    );
    // The change log has the plan's activation and the case's closing.
    const log = readFileSync(join(root, 'endringslogg.xml'), 'utf8');
    expect(log).toContain('<referanseMetadata>versjonsnummer (M005)</referanseMetadata>');
    expect(log).toContain('<nyVerdi>Avsluttet</nyVerdi>');
    // The decision's two documents went out to the guardians, dated the day they were sent.
    const letter = registrations.find((r) => r.includes(`<systemID>${decisionId}</systemID>`));
    const notice = registrations.find((r) =>
      r.includes(`<systemID>${uuidFrom(`case_decision:${decisionId}:notice`)}</systemID>`),
    );
    const changedLetter = registrations.find((r) => r.includes(`<systemID>${changedId}</systemID>`));
    for (const [r, title] of [
      [letter, 'Vedtak: Redusert timeplan'],
      [changedLetter, 'Nytt vedtak etter klage: Redusert timeplan'],
      [notice, 'Forhåndsvarsel om vedtak: Redusert timeplan'],
    ] as const) {
      expect(r, title).toBeDefined();
      expect(r).toContain('<journalposttype>Utgående dokument</journalposttype>');
      expect(r).toContain('<korrespondanseparttype>Mottaker</korrespondanseparttype>');
      expect(r).toContain('<korrespondansepartNavn>Foresatte</korrespondansepartNavn>');
      expect(r).toContain('<dokumenttype>Vedtak</dokumenttype>');
      expect(r).toContain('<journaldato>2026-11-24</journaldato>');
      expect(r).toContain(`<offentligTittel>${title}`);
    }
    // The appeal came in from the guardians: an incoming document, the sender's name screened.
    const appeal = registrations.find((r) =>
      r.includes(`<systemID>${uuidFrom(`case_decision:${decisionId}:appeal`)}</systemID>`),
    );
    expect(appeal).toBeDefined();
    for (const expected of [
      '<journalposttype>Inngående dokument</journalposttype>',
      '<korrespondanseparttype>Avsender</korrespondanseparttype>',
      '<korrespondansepartNavn>Foresatte</korrespondansepartNavn>',
      '<skjermingMetadata>Skjerming navn avsender</skjermingMetadata>',
      '<dokumenttype>Klage</dokumenttype>',
      '<journaldato>2026-11-24</journaldato>',
      '<offentligTittel>Klage på vedtak: Redusert timeplan',
    ])
      expect(appeal).toContain(expected);
    // The guardians' reply to the forhåndsvarsel, as the school recorded it: incoming too (decision 233).
    const reply = registrations.find((r) =>
      r.includes(`<systemID>${uuidFrom(`case_decision:${decisionId}:reply`)}</systemID>`),
    );
    for (const expected of [
      '<journalposttype>Inngående dokument</journalposttype>',
      '<korrespondanseparttype>Avsender</korrespondanseparttype>',
      '<skjermingMetadata>Skjerming navn avsender</skjermingMetadata>',
      '<journaldato>2026-11-24</journaldato>',
      '<offentligTittel>Svar på forhåndsvarsel: Redusert timeplan',
    ])
      expect(reply).toContain(expected);
    // The public journal names no one.
    const open = readFileSync(join(root, 'offentligJournal.xml'), 'utf8');
    expect(open).not.toContain('Elev0');
    expect(open).not.toContain('Foresatt');
  });

  it('has the right checksum and size for every document, and every file the description lists', () => {
    const xml = readFileSync(join(root, 'arkivstruktur.xml'), 'utf8');
    const objects = [...xml.matchAll(/<dokumentobjekt>([\s\S]*?)<\/dokumentobjekt>/g)].map((m) => m[1]!);
    expect(objects.length).toBeGreaterThan(0);
    for (const o of objects) {
      const path = o.match(/<referanseDokumentfil>([^<]+)</)![1]!;
      const bytes = readFileSync(join(root, path));
      expect(o).toContain(`<sjekksum>${createHash('sha256').update(bytes).digest('hex')}</sjekksum>`);
      expect(o).toContain(`<filstoerrelse>${bytes.length}</filstoerrelse>`);
    }
    const addml = readFileSync(join(root, 'arkivuttrekk.xml'), 'utf8');
    const listed = [
      ...addml.matchAll(
        /<property name="name"><value>([^<]+)<\/value><\/property><property name="type">[\s\S]*?<property name="size"><value>(\d+)<\/value><\/property><property name="checksum"><properties><property name="algorithm"><value>SHA256<\/value><\/property><property name="value"><value>([0-9a-f]{64})</g,
      ),
    ];
    const files = (d: string, prefix = ''): string[] =>
      readdirSync(join(root, d)).flatMap((f) =>
        statSync(join(root, d, f)).isDirectory() ? files(join(d, f), `${prefix}${f}/`) : [`${prefix}${f}`],
      );
    expect(listed.map((l) => l[1]).sort()).toEqual(
      files('.')
        .filter((f) => f !== 'arkivuttrekk.xml')
        .sort(),
    );
    for (const [, path, size, sum] of listed) {
      const bytes = readFileSync(join(root, path!));
      expect(bytes.length, path).toBe(Number(size));
      expect(createHash('sha256').update(bytes).digest('hex'), path).toBe(sum);
    }
  });

  it('archives the forhåndsvarsel as it was sent and the letter as decided, in the kommune’s målform', async () => {
    const read = async (id: string) =>
      (await pdfText(new Uint8Array(readFileSync(join(root, 'dokumenter', `${id}.pdf`))))).replace(/\s+/g, ' ');
    const notice = await read(uuidFrom(`case_decision:${decisionId}:notice`));
    expect(notice).toContain('Forhåndsvarsel om vedtak');
    expect(notice).toContain('40 % av timene');
    expect(notice).not.toContain('45 % av timene');
    const letter = await read(decisionId);
    for (const expected of ['Vedtak', '45 % av timene', 'opplæringslova § 2-2', 'Du kan klage', 'Statsforvalteren'])
      expect(letter, expected).toContain(expected);
    // The first letter stays as it was decided; the changed decision has its own letter with the appeal again.
    expect(letter).not.toContain('Nytt vedtak etter klage');
    expect(letter).toContain('kl. 11.00–14.00');
    const changed = await read(changedId);
    for (const expected of [
      'Nytt vedtak etter klage',
      'forvaltningsloven § 33 andre ledd',
      'kl. 10.00–14.00',
      'Hvorfor vedtaket er endret',
      'PPT anbefaler opptrapping',
      'opplæringslova § 2-2',
      'Du kan klage',
      'Klagefristen går ut 15.12.2026',
    ])
      expect(changed, expected).toContain(expected);
    const appeal = await read(uuidFrom(`case_decision:${decisionId}:appeal`));
    for (const expected of ['Klage på vedtak', '24.11.2026', 'Foresatte mener tre timer om dagen er for lite.'])
      expect(appeal, expected).toContain(expected);
    const reply = await read(uuidFrom(`case_decision:${decisionId}:reply`));
    for (const expected of ['Svar på forhåndsvarsel', 'Foresatte svarte 24.11.2026', 'Foresatte er enige.'])
      expect(reply, expected).toContain(expected);
    // The change log carries the decision's versions: the edits before the notice on the notice, all on the letter.
    const log = readFileSync(join(root, 'endringslogg.xml'), 'utf8');
    expect(log).toContain(`<referanseArkivenhet>${decisionId}</referanseArkivenhet>`);
    expect(log).toContain(
      `<referanseArkivenhet>${uuidFrom(`case_decision:${decisionId}:notice`)}</referanseArkivenhet>`,
    );
  });

  it.skipIf(missing !== null)('validates every XML file against the shipped schemas with xmllint', () => {
    for (const [file, schema] of [
      ['arkivstruktur.xml', 'arkivstruktur.xsd'],
      ['loependeJournal.xml', 'loependeJournal.xsd'],
      ['offentligJournal.xml', 'offentligJournal.xsd'],
      ['endringslogg.xml', 'endringslogg.xsd'],
      ['arkivuttrekk.xml', 'addml.xsd'],
    ] as const) {
      expect(schemaProblems(readFileSync(join(root, file), 'utf8'), schema), file).toEqual([]);
    }
    // And against the copies inside the extract, which must be the shipped ones.
    const run = spawnSync(
      'xmllint',
      ['--noout', '--schema', join(root, 'arkivstruktur.xsd'), join(root, 'arkivstruktur.xml')],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status, run.stderr).toBe(0);
  });

  it.skipIf(missing !== null)('every document is PDF/A-2b in structure and passes qpdf --check', async () => {
    const pdfs = readdirSync(join(root, 'dokumenter'));
    expect(pdfs.length).toBeGreaterThan(8);
    for (const f of pdfs) {
      const bytes = new Uint8Array(readFileSync(join(root, 'dokumenter', f)));
      expect(await pdfaProblems(bytes), f).toEqual([]);
      expect(qpdfProblems(bytes), f).toEqual([]);
    }
  });

  it('lists the school’s extracts for the leadership, downloads the very file stored, and refuses a contact teacher', async () => {
    const list = await w.as('rektor').get('/api/archive-extracts');
    expect(list.status, list.body).toBe(200);
    const mine = list.data.extracts.find((e: { id: string }) => root.endsWith(e.id));
    expect(mine).toMatchObject({
      scope: 'case',
      reason: 'closed',
      pupils: [expect.stringMatching(/^Elev0 /)],
      handedOverOn: null,
    });
    const file = await w.as('rektor').get(`/api/archive-extracts/${mine.id}/file`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/x-tar');
    expect(createHash('sha256').update(file.rawPayload).digest('hex')).toBe(mine.sha256);
    expect((await w.as('kontakt').get('/api/archive-extracts')).status).toBe(403);
    expect((await w.as('kontakt').get(`/api/archive-extracts/${mine.id}/file`)).status).toBe(403);
    // On demand: refused for an open case, made again for the closed one.
    const open = await openCase(w.as('kontakt'), w.k.pupilIds[1]!);
    expect((await w.as('rektor').post(`/api/cases/${open}/archive-extracts`, {})).status).toBe(409);
    const again = await w.as('rektor').post(`/api/cases/${caseId}/archive-extracts`, {});
    expect(again.status, again.body).toBe(201);
    expect(again.data.extract).toMatchObject({ reason: 'on-demand', documents: mine.documents });
    // The closed case's «Arkivuttrekk» (decision 235): only the extracts holding it, newest first, and its school.
    const held = await w.as('rektor').get(`/api/archive-extracts?caseId=${caseId}`);
    expect(held.status, held.body).toBe(200);
    expect(held.data.extracts.map((e: { id: string }) => e.id)).toEqual([again.data.extract.id, mine.id]);
    expect(held.data.schools).toEqual([{ id: w.k.schoolId, name: expect.any(String) }]);
    const notHeld = await w.as('rektor').get(`/api/archive-extracts?caseId=${open}`);
    expect(notHeld.data).toMatchObject({ extracts: [], schools: [{ id: w.k.schoolId }] });
    // A school's period: every case closed in it.
    const period = await w.as('rektor').post(`/api/schools/${w.k.schoolId}/archive-extracts`, {
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(period.status, period.body).toBe(201);
    expect(period.data.extract).toMatchObject({
      scope: 'school',
      cases: 1,
      pupils: [expect.stringMatching(/^Elev0 /)],
    });
    const none = await w.as('rektor').post(`/api/schools/${w.k.schoolId}/archive-extracts`, {
      from: '2026-01-01',
      to: '2026-01-31',
    });
    expect(none.status).toBe(409);
    await actOnCase(w.as('kontakt'), open, { type: 'close', summary: 'Oppsett: avsluttet' });
  });

  it('deletion follows the archive: a case archive law keeps goes only after its handover and the kommune’s year, and the report says so (decision 224)', async () => {
    const pupil = w.k.pupilIds[1]!;
    const kept = await openCaseAtLevel(w.as('kontakt'), pupil, 2);
    await actOnCase(w.as('kontakt'), kept, { type: 'close', summary: 'Tilbake i full skolegang.' });
    const erase = () => w.as('admin').delete(`/api/pupils/${pupil}/case-data`);
    const refused = await erase();
    expect(refused.status).toBe(409);
    expect(refused.data.error.message).toMatch(/arkivlova krever at de bevares/);
    // The leader hands the extracts of the pupil's cases over to the archive.
    const list = (await w.as('rektor').get('/api/archive-extracts')).data.extracts as {
      id: string;
      version: number;
      pupils: string[];
      scope: string;
    }[];
    const theirs = list.filter((e) => e.scope === 'case' && e.pupils.some((p) => p.startsWith('Elev1 ')));
    expect(theirs.length).toBeGreaterThan(0);
    expect(
      (
        await w.as('rektor').post(`/api/archive-extracts/${theirs[0]!.id}/hand-over`, {
          handedOverOn: '2026-12-01',
          version: theirs[0]!.version,
        })
      ).status,
    ).toBe(400); // fram i tid
    // The archive's name, when given, is kept beside the day (decision 237); blank is refused, with the field named.
    const blank = await w.as('rektor').post(`/api/archive-extracts/${theirs[0]!.id}/hand-over`, {
      handedOverOn: '2026-11-24',
      version: theirs[0]!.version,
      archive: '  ',
    });
    expect(blank.status).toBe(400);
    expect(blank.data.error.details.fields).toEqual([
      { field: 'archive', message: 'Skriv navnet på arkivet, eller la feltet stå tomt.' },
    ]);
    for (const [i, e] of theirs.entries()) {
      const handed = await w.as('rektor').post(`/api/archive-extracts/${e.id}/hand-over`, {
        handedOverOn: '2026-11-24',
        version: e.version,
        ...(i === 0 ? { archive: 'IKA Testfylke' } : {}),
      });
      expect(handed.status, handed.body).toBe(200);
      expect(handed.data.extract).toMatchObject({
        handedOverOn: '2026-11-24',
        handedOverTo: i === 0 ? 'IKA Testfylke' : null,
      });
    }
    const again = await w.as('rektor').post(`/api/archive-extracts/${theirs[0]!.id}/hand-over`, {
      handedOverOn: '2026-11-24',
      version: theirs[0]!.version + 1,
    });
    expect(again.status).toBe(409);
    const early = await erase();
    expect(early.status).toBe(409);
    expect(early.data.error.message).toContain('(overført til arkivet 24.11.2026) kan slettes fra 24.11.2027');
    // Years later (the contact log's two years too), the case goes, and the report names the handover.
    w.clock.set(new Date('2030-01-07T09:00:00+01:00'));
    await w.logInAs('admin');
    const erased = await erase();
    expect(erased.status, erased.body).toBe(200);
    expect(erased.data.archived.map((a: { handedOverOn: string }) => a.handedOverOn)).toContain('2026-11-24');
    expect(erased.data.message).toContain('er overført til arkivet 24.11.2026');
    expect(erased.data.erased.archive_extract).toBeGreaterThan(0);
    const left = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx.selectFrom('archive_extract_case').select('id').where('pupil_id', '=', pupil).execute(),
    );
    expect(left).toEqual([]);
  });
});
