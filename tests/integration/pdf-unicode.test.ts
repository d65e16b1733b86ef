// Every PDF kind in every alphabet (issue 14 item 4, decision 071). A pupil, guardians and staff whose names
// carry the letters the national registry allows — Polish, Sámi, Lithuanian, Czech, Turkish, Vietnamese,
// Icelandic — and a guardian's own words in Cyrillic: the letter home, the minutes, the written notice, the
// consent form, the filled and the blank form, every plan kind, the guardian's access log and the privacy
// export are printed through the API, read back and compared character for character, and every glyph of
// the embedded font is compared with the font's own. A second kommune has names as a school system or a
// paste can bring them — a decomposed accent, zero-width and direction characters, a control character, an
// emoji, a Chinese character — and gets every PDF too, printed as decision 071 says.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import * as ex from '../../src/domain/plans/testing';
import { describeDb, type TestDb } from '../support/db';
import type { TestKommune } from '../support/factories';
import { embeddedFonts } from '../support/pdf-fonts';
import { pdfText } from '../support/pdf-text';
import { useWorld, type Method, type Reply } from '../support/world';

type People = {
  tag: string;
  pupil: [string, string];
  guardians: [string, string][];
  staff: { kontakt: string; rektor: string; forelder: string };
  school: string;
  /** The same names as the PDF prints them (decision 071), written out by hand. */
  printed: { pupil: string; guardians: string[]; kontakt: string; forelder: string; school: string };
  /** Whether anything is printed as «�» (then the PDF says why at the end). */
  replaced: boolean;
};

const REGISTRY: People = {
  tag: 'uni',
  pupil: ['Michał Áŋŋá', 'Żółć-Čuođđa'],
  guardians: [
    ['Þórunn', 'Guðmundsdóttir'],
    ['Niillas', 'Đuolbmá'],
  ],
  staff: { kontakt: 'Işıl Gündoğdu', rektor: 'Trần Văn Đức', forelder: 'Þórunn Guðmundsdóttir' },
  school: 'Čuođđa skuvla',
  printed: {
    pupil: 'Michał Áŋŋá Żółć-Čuođđa',
    guardians: ['Þórunn Guðmundsdóttir', 'Niillas Đuolbmá'],
    kontakt: 'Işıl Gündoğdu',
    forelder: 'Þórunn Guðmundsdóttir',
    school: 'Čuođđa skuvla',
  },
  replaced: false,
};

const PASTED: People = {
  tag: 'lim',
  pupil: ['Zoe\u0308\u200B', 'Ali\u202E\u0007 王 👍🏽'],
  guardians: [
    ['Jose\u0301', 'Nguye\u0302\u0303n'],
    ['Łucja\u200D', 'Kowalska\uFEFF'],
  ],
  staff: {
    kontakt: 'Kari\u00AD Nordmann',
    rektor: 'Ola\u2066 Nordmann\u2069',
    forelder: 'Jose\u0301 Nguye\u0302\u0303n',
  },
  school: 'Skole\u200F Øst',
  printed: {
    pupil: 'Zoë Ali \uFFFD \uFFFD',
    guardians: ['José Nguyễn', 'Łucja Kowalska'],
    kontakt: 'Kari Nordmann',
    forelder: 'José Nguyễn',
    school: 'Skole Øst',
  },
  replaced: true,
};

// A guardian's own words, and the letters of the registry's alphabets in running text.
const WORDS = 'Mor skrev: «Ребёнок болен, у него температура.»';
const LETTERS = 'Bokstaver: ą č ę ė į š ų ū ě ř ů ş ğ İ ı ŧ ž š ŋ đ ð þ æ ø å';
const PARTICIPANTS = ['Rūta Žemaitė', 'Jiří Dvořák', 'Trần Văn Đức'];

// pdf.js folds a few compatibility characters as it reads (µ, the no-break space); compare with that.
const asRead = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The names as an import from the school system would bring them (before anyone logs in). */
async function rename(db: TestDb, k: TestKommune, people: People) {
  await db.withContext({ kommuneId: k.id }, async (tx) => {
    await tx.updateTable('school').set({ name: people.school }).where('id', '=', k.schoolId).execute();
    await tx
      .updateTable('pupil')
      .set({ first_name: people.pupil[0], last_name: people.pupil[1] })
      .where('id', '=', k.pupilIds[0]!)
      .execute();
    const [first, ...others] = people.guardians;
    await tx
      .updateTable('guardian')
      .set({ first_name: first![0], last_name: first![1] })
      .where('id', '=', k.guardianId)
      .execute();
    for (const [firstName, lastName] of others) {
      const id = randomUUID();
      await tx
        .insertInto('guardian')
        .values({
          id,
          kommune_id: k.id,
          first_name: firstName,
          last_name: lastName,
          phone: null,
          email: null,
          user_id: null,
        })
        .execute();
      await tx
        .insertInto('guardian_pupil')
        .values({ kommune_id: k.id, guardian_id: id, pupil_id: k.pupilIds[0]! })
        .execute();
    }
    for (const [who, name] of Object.entries(people.staff))
      await tx.updateTable('app_user').set({ display_name: name }).where('id', '=', k.users[who]!.id).execute();
  });
}

const PEOPLE = [REGISTRY, PASTED];

describeDb('every PDF kind in every alphabet', () => {
  const w = useWorld({
    kommuner: PEOPLE.map((people) => people.tag),
    seed: async (db, _k, kommuner) => {
      for (const [i, people] of PEOPLE.entries()) await rename(db, kommuner[i]!, people);
    },
  });

  type Printed = { kind: string; res: Reply; expected: string[] };

  /** Prints every PDF kind there is for the pupil, through the API, with what each must say. */
  async function printEveryKind(k: TestKommune, people: People): Promise<Printed[]> {
    const call = (who: string, method: Method, url: string, payload?: object) =>
      w.as(who, k).request(method, url, payload);
    const ok = async (res: Promise<Reply>, status = 201) => {
      const r = await res;
      expect(r.statusCode, r.body).toBe(status);
      return r.json();
    };
    const pupilId = k.pupilIds[0]!;
    const p = people.printed;
    const printed: Printed[] = [];

    // The guardian's own words, reported as absence, end up in the privacy export.
    await ok(
      call('forelder', 'POST', `/api/my-children/${pupilId}/reports`, {
        from: '2026-11-25',
        to: '2026-11-25',
        reason: 'sykdom',
        note: WORDS,
      }),
    );

    // The letter to guardians, from an alert.
    const { alerts } = await ok(
      call('kontakt', 'POST', '/api/absence-events', {
        pupilId,
        date: '2026-11-23',
        kind: 'lesson',
        period: 2,
        documented: false,
      }),
    );
    printed.push({
      kind: 'brev til foresatte',
      res: await call('kontakt', 'POST', `/api/alerts/${alerts[0].id}/letter`, {}),
      expected: [
        `Til foresatte til ${p.pupil}, klasse 9A`,
        `kontaktlærer ${p.kontakt}`,
        `Med vennlig hilsen ${p.kontakt} ${p.school}`,
      ],
    });

    const caseId = (await ok(call('kontakt', 'POST', '/api/cases', { pupilId, from: 'undring', reason: WORDS })))
      .id as string;

    // Minutes of a meeting.
    const { meeting } = await ok(
      call('kontakt', 'POST', `/api/cases/${caseId}/meetings`, {
        kind: 'undringssamtale-foresatte',
        scheduledOn: '2026-11-24',
        participants: PARTICIPANTS,
        agenda: LETTERS,
      }),
    );
    await ok(
      call('kontakt', 'PUT', `/api/cases/${caseId}/meetings/${meeting.id}`, {
        scheduledOn: meeting.scheduledOn,
        participants: PARTICIPANTS,
        agenda: LETTERS,
        anonymised: false,
        heldOn: '2026-11-24',
        minutes: WORDS,
        nextMeetingOn: null,
        version: meeting.version,
      }),
      200,
    );
    printed.push({
      kind: 'referat',
      res: await call('kontakt', 'POST', `/api/cases/${caseId}/meetings/${meeting.id}/minutes`, {}),
      expected: [`Elev: ${p.pupil}, klasse 9A`, `Til stede: ${PARTICIPANTS.join(', ')}.`, LETTERS, WORDS, p.school],
    });

    // The written notice, with a contact in the case log.
    await ok(
      call('kontakt', 'POST', `/api/cases/${caseId}/contacts`, {
        contactedAt: '2026-11-24T09:00:00+01:00',
        withWhom: ['foresatt'],
        channel: 'telefon',
        summary: WORDS,
        agreed: null,
      }),
    );
    printed.push({
      kind: 'skriftlig melding',
      res: await call('kontakt', 'POST', `/api/cases/${caseId}/notices`, { to: 'skoleledelse' }),
      expected: [`Elev: ${p.pupil}, klasse 9A`, `(telefon): ${WORDS}`, `Med vennlig hilsen ${p.kontakt}`],
    });

    // The consent form, signed by both guardians.
    const guardianIds = await guardiansOf(k.id, pupilId);
    const consent = await ok(
      call('kontakt', 'POST', `/api/cases/${caseId}/consents`, {
        decision: 'granted',
        services: ['helsestasjon'],
        guardianIds,
        pupilConsented: false,
        informationGiven: LETTERS,
        scope: 'Fravær og helse',
        heldBackMatters: WORDS,
        excludedPersons: PARTICIPANTS[1],
        stafettlogg: false,
        place: 'Guovdageaidnu',
        consentDate: '2026-11-24',
        collectedAtService: p.school,
      }),
    );
    printed.push({
      kind: 'samtykkeerklæring',
      res: await call('kontakt', 'GET', `/api/cases/${caseId}/consents/${consent.id}/pdf`),
      expected: [
        `Elev: ${p.pupil}, 9A, ${p.school}`,
        `Forhold: ${WORDS}`,
        `Personer: ${PARTICIPANTS[1]}`,
        `Samtykke er innhentet av: ${p.kontakt}.`,
        ...p.guardians.map((g) => `Signatur foresatt (${g})`),
      ],
    });

    // A filled form and a blank one.
    const form = await ok(
      call('kontakt', 'POST', `/api/cases/${caseId}/forms`, {
        formId: 'arsakskartlegging',
        answers: { kort: { selected: [{ card: 'engstelig', note: WORDS }] }, tiltak: LETTERS },
      }),
    );
    printed.push({
      kind: 'utfylt skjema',
      res: await call('kontakt', 'GET', `/api/cases/${caseId}/forms/${form.form.id}/pdf`),
      expected: [p.pupil, WORDS, LETTERS],
    });
    printed.push({
      kind: 'blankt skjema',
      res: await call('kontakt', 'GET', '/api/forms/arsakskartlegging/pdf'),
      expected: ['Årsakskartlegging'],
    });

    // Every plan kind.
    const plans = [
      ex.samarbeidsavtale({
        status: WORDS,
        signatures: [
          { name: people.guardians.map((g) => g.join(' ')).join(' og '), role: 'foresatt', signedOn: '2025-11-03' },
          { name: people.staff.kontakt, role: 'skole', signedOn: '2025-11-03' },
        ],
      }),
      ex.tiltaksplan({
        triggers: WORDS,
        measures: [{ ...ex.tiltaksplan().measures[0]!, responsible: PARTICIPANTS[0]! }],
      }),
      ex.dagsplan({ appliesTo: LETTERS }),
      ex.returnPlan({ goal: WORDS }),
      ex.illness({ condition: LETTERS }),
    ];
    for (const content of plans) {
      const plan = (await ok(call('kontakt', 'POST', `/api/cases/${caseId}/plans`, { kind: content.kind, content })))
        .plan;
      const expected = [
        `Elev: ${p.pupil}, klasse 9A`,
        p.school,
        ...(content.kind === 'samarbeidsavtale'
          ? [WORDS, `Foresatt: ${p.guardians.join(' og ')}`, `Skolen: ${p.kontakt}`]
          : content.kind === 'tiltaksplan'
            ? [WORDS, PARTICIPANTS[0]!]
            : content.kind === 'gradvis-tilbakeforing'
              ? [WORDS]
              : [LETTERS]),
      ];
      printed.push({
        kind: `plan: ${content.kind}`,
        res: await call('kontakt', 'GET', `/api/cases/${caseId}/plans/${plan.id}/pdf`),
        expected,
      });
    }

    // The guardian's own log of who has seen the case, and the school's privacy export.
    printed.push({
      kind: 'hvem har sett saken',
      res: await call('forelder', 'GET', `/api/my-children/${pupilId}/access-log.pdf`),
      expected: [
        `Hvem har sett opplysningene om ${p.pupil}`,
        `av ${p.forelder}.`,
        `${p.kontakt} (Kontaktlærer, ${p.school})`,
      ],
    });
    printed.push({
      kind: 'innsyn',
      res: await call('rektor', 'GET', `/api/pupils/${pupilId}/privacy-export?format=pdf`),
      expected: [
        `Innsyn: opplysninger om ${p.pupil}`,
        WORDS,
        LETTERS,
        ...p.guardians.flatMap((g) => g.split(' ')),
        p.kontakt,
      ],
    });
    return printed;
  }

  async function guardiansOf(kommuneId: string, pupilId: string): Promise<string[]> {
    const rows = await w.db.withContext({ kommuneId }, (tx) =>
      tx.selectFrom('guardian_pupil').select('guardian_id').where('pupil_id', '=', pupilId).execute(),
    );
    return rows.map((r) => r.guardian_id);
  }

  const KINDS = [
    'brev til foresatte',
    'referat',
    'skriftlig melding',
    'samtykkeerklæring',
    'utfylt skjema',
    'blankt skjema',
    'plan: samarbeidsavtale',
    'plan: tiltaksplan',
    'plan: dagsplan',
    'plan: gradvis-tilbakeforing',
    'plan: opplaering-ved-sykdom',
    'hvem har sett saken',
    'innsyn',
  ];

  for (const [i, people] of PEOPLE.entries()) {
    it(`prints every PDF kind for names ${people === REGISTRY ? 'of the national registry and Cyrillic text' : 'with decomposed accents, invisible characters, an emoji and Chinese'}, reads each back and finds every glyph intact`, async () => {
      const printed = await printEveryKind(w.kommuner[i]!, people);
      expect(printed.map((x) => x.kind)).toEqual(KINDS);
      for (const { kind, res, expected } of printed) {
        expect(res.statusCode, `${kind}: ${res.statusCode === 200 ? '' : res.body}`).toBe(200);
        expect(res.headers['content-type'], kind).toBe('application/pdf');
        // A header takes ASCII only; a name in the file name must not make it a 500.
        expect(String(res.headers['content-disposition'] ?? ''), kind).toMatch(/^[\x20-\x7e]*$/);
        const pdf = new Uint8Array(res.rawPayload);
        const text = asRead(await pdfText(pdf));
        for (const part of expected) expect(text, `${kind}: «${part}»`).toContain(asRead(part));
        expect(text.includes('\u0000'), `${kind}: a glyph without a character`).toBe(false);
        // The blank form names no one; every other kind shows a replaced name with the note that explains it.
        const withNames = kind !== 'blankt skjema';
        expect(text.includes('\uFFFD'), kind).toBe(people.replaced && withNames);
        expect(text.includes('Teksten er lagret uendret i Nærvær.'), kind).toBe(people.replaced && withNames);
        const fonts = await embeddedFonts(pdf);
        expect(fonts.problems, kind).toEqual([]);
        expect(fonts.fonts.length, kind).toBeGreaterThan(0);
      }
    });
  }
});
