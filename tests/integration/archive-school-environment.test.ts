// Issue 22 item 3, what decision 221 left out (decision 231): a closed school environment matter is a saksmappe of
// its own in the school's period extract and on demand. The matter (an adult involved, so the school owner is told)
// is investigated, gets an aktivitetsplan, sends it home, revises it, is evaluated and closed; the school's extract
// for the month is unpacked, every XML file validates against the shipped schemas, the matter's mappe holds one
// registrering per plan version, the notice to the school owner and the record of what was done (counted from the
// matter's own answer), the plan sent home goes out to the guardians, every checksum matches, every PDF passes the
// PDF/A structure checks and qpdf; the per-case extract holds no matter; once handed over and five years on, the
// deletion's report says the matter went to the archive.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { uuidFrom } from '../../src/server/archive/ids';
import { describeDb } from '../support/db';
import { actOnCase, openCase } from '../support/make';
import { pdfText } from '../support/pdf-text';
import { archiveToolsMissing, pdfaProblems, qpdfProblems } from '../support/pdfa';
import { useWorld } from '../support/world';
import { schemaProblems } from '../support/xmllint';

const missing = archiveToolsMissing();

describeDb('a closed school environment matter as its own saksmappe in the Noark 5 extract', () => {
  const w = useWorld({ kommuner: ['asm'], login: ['kontakt', 'rektor', 'eier', 'forelder'] });
  const pupilId = () => w.k.pupilIds[0]!; // the factory's forelder is this pupil's guardian
  let matterId: string;
  let extract: { id: string; version: number; matters: number; cases: number; documents: number; sha256: string };
  let dir: string;
  let root: string;
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
  const plan = {
    problem: 'Elev0 blir kjeftet på av en voksen i gymtimene.',
    measures: [{ what: 'Rektor følger gymtimene', when: 'Fra 25.11.2026, hver gymtime', responsible: 'Rektor' }],
    evaluationOn: '2026-12-08',
    pupilView: 'Eleven vil ha en annen gymlærer.',
  };

  beforeAll(async () => {
    const rektor = w.as('rektor');
    const ok = (res: { status: number; body: string }, what: string) => {
      if (res.status >= 300) throw new Error(`${what}: ${res.status} ${res.body}`);
    };
    // An absence case of the same pupil, closed: its extract on close holds no matter.
    const caseId = await openCase(w.as('kontakt'), pupilId());
    const started = await rektor.post(`/api/pupils/${pupilId()}/school-environment`, {
      knownOn: '2026-11-23',
      report: 'En voksen kjeftet på Elev0 i gymtimen.',
      adultInvolved: true,
    });
    ok(started, 'start');
    matterId = started.data.id;
    let version = (await rektor.get(`/api/school-environment/${matterId}`)).data.matter.version as number;
    const step = async (body: Record<string, unknown>) => {
      const res = await rektor.post(`/api/school-environment/${matterId}/steps`, { version, ...body });
      ok(res, String(body.step));
      version = res.data.matter.version;
    };
    await step({ step: 'investigated', on: '2026-11-23', text: 'Samtale med gymlæreren og to elever bekrefter det.' });
    const saved = await rektor.put(`/api/school-environment/${matterId}/plan`, { version, plan });
    ok(saved, 'plan');
    version = saved.data.matter.version;
    ok(await rektor.post(`/api/school-environment/${matterId}/send-to-guardians`, {}), 'sendt hjem');
    version = (await rektor.get(`/api/school-environment/${matterId}`)).data.matter.version;
    const revised = await rektor.put(`/api/school-environment/${matterId}/plan`, {
      version,
      plan: {
        ...plan,
        measures: [...plan.measures, { what: 'Ny gymlærer', when: 'Fra 01.12.2026', responsible: 'Rektor' }],
      },
    });
    ok(revised, 'revidert plan');
    version = revised.data.matter.version;
    await step({ step: 'evaluated', on: '2026-11-24', text: 'Elev0 sier gymtimene er trygge nå.' });
    await step({ step: 'closed', on: '2026-11-24', text: 'Tiltakene virket.' });
    // Closing the matter made its own extract at once, as closing a case does (decision 234).
    const matterOnClose = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('archive_extract_case as l')
        .innerJoin('archive_extract as e', 'e.id', 'l.extract_id')
        .select(['e.scope', 'e.reason', 'e.period_to', 'e.documents', 'l.case_id'])
        .where('l.matter_id', '=', matterId)
        .execute(),
    );
    expect(matterOnClose).toEqual([
      { scope: 'matter', reason: 'closed', period_to: expect.anything(), documents: 4, case_id: null },
    ]);
    await actOnCase(w.as('kontakt'), caseId, { type: 'close', summary: 'Tilbake i full skolegang.' });
    const onClose = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx.selectFrom('archive_extract_case').selectAll().where('case_id', '=', caseId).execute(),
    );
    expect(onClose).toHaveLength(1);
    const held = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx.selectFrom('archive_extract_case').selectAll().where('extract_id', '=', onClose[0]!.extract_id).execute(),
    );
    expect(
      held.map((h) => h.matter_id),
      'the case’s own extract holds no matter',
    ).toEqual([null]);
  });

  it('the school’s extract for the month holds the closed matter as its own saksmappe', async () => {
    const made = await w.as('rektor').post(`/api/schools/${w.k.schoolId}/archive-extracts`, {
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(made.status, made.body).toBe(201);
    extract = made.data.extract;
    expect(extract).toMatchObject({ scope: 'school', matters: 1 });
    expect(extract.cases).toBeGreaterThan(0);
    const file = await w.as('rektor').get(`/api/archive-extracts/${extract.id}/file`);
    expect(file.status).toBe(200);
    expect(createHash('sha256').update(file.rawPayload).digest('hex')).toBe(extract.sha256);
    dir = mkdtempSync(join(tmpdir(), 'naervaer-arkiv-skolemiljo-'));
    writeFileSync(join(dir, 'x.tar'), file.rawPayload);
    const untar = spawnSync('tar', ['-xf', 'x.tar'], { cwd: dir, encoding: 'utf8' });
    expect(untar.status, untar.stderr).toBe(0);
    root = join(dir, extract.id);
  });

  it('one registrering per plan version, the notice to the school owner and the record, counted from the matter', async () => {
    const matter = (await w.as('rektor').get(`/api/school-environment/${matterId}`)).data.matter;
    expect(matter.status).toBe('closed');
    const planVersions = 2; // made, then revised after it was sent home
    const expected = planVersions + (matter.ownerNotifiedAt ? 1 : 0) + 1;
    expect(matter.ownerNotifiedAt, 'the school owner was told (§ 12-5)').not.toBeNull();
    const xml = readFileSync(join(root, 'arkivstruktur.xml'), 'utf8');
    const mappe = xml.split('<mappe ').find((m) => m.includes(`<systemID>${matterId}</systemID>`));
    expect(mappe, 'the matter’s saksmappe').toBeDefined();
    expect(mappe).toContain('<offentligTittel>Skolemiljøsak (opplæringslova kapittel 12)</offentligTittel>');
    expect(mappe).toContain('<skjermingMetadata>Skjerming navn part i sak</skjermingMetadata>');
    const registrations = mappe!.split('<registrering ').slice(1);
    expect(registrations).toHaveLength(expected);
    for (const r of registrations) {
      expect(r).toContain('<tilgangsrestriksjon>13</tilgangsrestriksjon>');
      expect(r).toContain('<skjermingshjemmel>Offl. § 13 jf. fvl. § 13 første ledd nr. 1</skjermingshjemmel>');
    }
    const plans = registrations.filter((r) => r.includes('<dokumenttype>Plan</dokumenttype>'));
    expect(plans).toHaveLength(planVersions);
    // Both versions reached the family: the first was sent home, the revision is what their page shows.
    for (const p of plans) {
      expect(p).toContain('<journalposttype>Utgående dokument</journalposttype>');
      expect(p).toContain('<korrespondansepartNavn>Foresatte</korrespondansepartNavn>');
    }
    const owner = registrations.find((r) =>
      r.includes(`<systemID>${uuidFrom(`school_environment_case:${matterId}:owner`)}</systemID>`),
    );
    expect(owner).toContain('<korrespondansepartNavn>Skoleeier</korrespondansepartNavn>');
    expect(owner).toContain('<journalposttype>Organinternt dokument for oppfølging</journalposttype>');
    expect(xml).toContain('oppfølging av skolefravær og skolemiljø');
    const open = readFileSync(join(root, 'offentligJournal.xml'), 'utf8');
    expect(open).not.toContain('Elev0');
    expect(open).not.toContain('Foresatte');
    const log = readFileSync(join(root, 'endringslogg.xml'), 'utf8');
    expect(log).toContain(`<referanseArkivenhet>${matterId}</referanseArkivenhet>`);
  });

  it('the documents read back: each plan as it was, the record of what the school did', async () => {
    const read = async (id: string) =>
      (await pdfText(new Uint8Array(readFileSync(join(root, 'dokumenter', `${id}.pdf`))))).replace(/\s+/g, ' ');
    const files = readdirSync(join(root, 'dokumenter'));
    const record = await read(uuidFrom(`school_environment_case:${matterId}:record`));
    for (const expected of [
      'Dokumentasjon av aktivitetsplikten',
      'En voksen kjeftet på Elev0 i gymtimen.',
      'Samtale med gymlæreren og to elever bekrefter det.',
      'Elev0 sier gymtimene er trygge nå.',
      'Tiltakene virket.',
      'Avsluttet 24.11.2026',
    ])
      expect(record, expected).toContain(expected);
    const owner = await read(uuidFrom(`school_environment_case:${matterId}:owner`));
    expect(owner).toContain('opplæringslova § 12-5');
    const plans = [];
    for (const f of files) {
      const text = (await pdfText(new Uint8Array(readFileSync(join(root, 'dokumenter', f))))).replace(/\s+/g, ' ');
      if (text.includes('Rektor følger gymtimene')) plans.push(text);
    }
    expect(plans).toHaveLength(2);
    expect(plans.filter((p) => p.includes('Ny gymlærer'))).toHaveLength(1);
  });

  it('checksums and sizes match every document', () => {
    const xml = readFileSync(join(root, 'arkivstruktur.xml'), 'utf8');
    for (const [, o] of xml.matchAll(/<dokumentobjekt>([\s\S]*?)<\/dokumentobjekt>/g)) {
      const path = o!.match(/<referanseDokumentfil>([^<]+)</)![1]!;
      const bytes = readFileSync(join(root, path));
      expect(o).toContain(`<sjekksum>${createHash('sha256').update(bytes).digest('hex')}</sjekksum>`);
      expect(o).toContain(`<filstoerrelse>${bytes.length}</filstoerrelse>`);
    }
  });

  it.skipIf(missing !== null)('every XML file validates against the shipped schemas with xmllint', () => {
    for (const [file, schema] of [
      ['arkivstruktur.xml', 'arkivstruktur.xsd'],
      ['loependeJournal.xml', 'loependeJournal.xsd'],
      ['offentligJournal.xml', 'offentligJournal.xsd'],
      ['endringslogg.xml', 'endringslogg.xsd'],
      ['arkivuttrekk.xml', 'addml.xsd'],
    ] as const)
      expect(schemaProblems(readFileSync(join(root, file), 'utf8'), schema), file).toEqual([]);
  });

  it.skipIf(missing !== null)('every document is PDF/A-2b in structure and passes qpdf --check', async () => {
    for (const f of readdirSync(join(root, 'dokumenter'))) {
      const bytes = new Uint8Array(readFileSync(join(root, 'dokumenter', f)));
      expect(await pdfaProblems(bytes), f).toEqual([]);
      expect(qpdfProblems(bytes), f).toEqual([]);
    }
  });

  it('on demand for the matter alone; refused while a matter is open, and for a contact teacher', async () => {
    const one = await w.as('rektor').post(`/api/school-environment/${matterId}/archive-extracts`, {});
    expect(one.status, one.body).toBe(201);
    expect(one.data.extract).toMatchObject({ scope: 'matter', reason: 'on-demand', matters: 1, cases: 0 });
    expect(one.data.extract.pupils).toEqual([expect.stringMatching(/^Elev0 /)]);
    // The closed matter's «Arkivuttrekk» (decision 235): the one made on closing, the school's month, and this one.
    const held = await w.as('rektor').get(`/api/archive-extracts?matterId=${matterId}`);
    expect(held.status, held.body).toBe(200);
    expect(held.data.extracts.map((e: { scope: string }) => e.scope)).toEqual(['matter', 'school', 'matter']);
    expect(held.data.extracts[0].id).toBe(one.data.extract.id);
    const other = await w.as('rektor').post(`/api/pupils/${w.k.pupilIds[1]!}/school-environment`, {
      knownOn: '2026-11-24',
      report: 'Elev1 ble dyttet.',
    });
    expect((await w.as('rektor').post(`/api/school-environment/${other.data.id}/archive-extracts`, {})).status).toBe(
      409,
    );
    expect((await w.as('kontakt').post(`/api/school-environment/${matterId}/archive-extracts`, {})).status).toBe(403);
  });

  it('the pupil’s data export names the extracts the matter is in (GDPR art. 15)', async () => {
    const res = await w.as('rektor').get(`/api/pupils/${pupilId()}/privacy-export?format=json`);
    expect(res.status).toBe(200);
    const links = (res.data.sections as { table: string; rows: Record<string, unknown>[] }[]).find(
      (x) => x.table === 'archive_extract_case',
    )!.rows;
    // The one made when the matter closed, the school's extract for the month and the one made on demand above.
    expect(links.filter((r) => r.matter_id === matterId)).toHaveLength(3);
  });

  it('handed over, the matter is erased after its own five years and the report says it went to the archive', async () => {
    const handed = await w.as('rektor').post(`/api/archive-extracts/${extract.id}/hand-over`, {
      handedOverOn: '2026-11-24',
      version: extract.version,
    });
    expect(handed.status, handed.body).toBe(200);
    const admin = await w.logInAs('admin');
    const early = await admin.delete(`/api/pupils/${pupilId()}/case-data`);
    expect(early.status).toBe(409);
    expect(early.data.error.message).toContain('Skolemiljøsaken meldt 23.11.2026 kan slettes fra 24.11.2031');
    w.clock.set(new Date('2031-11-25T09:00:00+01:00'));
    const later = await w.logInAs('admin');
    const erased = await later.delete(`/api/pupils/${pupilId()}/case-data`);
    expect(erased.status, erased.body).toBe(200);
    expect(erased.data.matters).toEqual([{ id: matterId, knownOn: '2026-11-23', handedOverOn: '2026-11-24' }]);
    expect(erased.data.message).toContain(
      'Skolemiljøsaken meldt 23.11.2026 er overført til arkivet 24.11.2026 og slettet med aktivitetsplanen.',
    );
    expect(erased.data.erased.archive_extract).toBeGreaterThan(0);
    const left = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx.selectFrom('archive_extract_case').select('id').where('matter_id', '=', matterId).execute(),
    );
    expect(left).toEqual([]);
  });
});
