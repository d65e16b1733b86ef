import { describe, expect, it } from 'vitest';
import type { FilledForm, TrustedPersonStatement } from './case-facts';
import {
  checkPupilVoice,
  formMayCountAsPupilVoice,
  PUPIL_VOICE_FORM_KINDS,
  pupilViewOf,
  pupilVoiceEvidence,
  voiceFormName,
} from './pupil-voice';
import { AS_OF } from './testing';

// 004 §3: no measure before the pupil's voice is heard, or a trusted person the pupil chose speaks for them.

const none = { asOf: AS_OF, filledForms: [], trustedPersonStatements: [] };
const trusted = (extra: Partial<TrustedPersonStatement> = {}): TrustedPersonStatement => ({
  id: 't1',
  name: 'Siri Hansen',
  relation: 'Helsesykepleier',
  chosenByPupil: true,
  statement: 'Gruer seg til garderoben; vil gjerne begynne med kunst og håndverk.',
  recordedOn: '2025-10-28',
  ...extra,
});

describe('the pupil’s voice', () => {
  it('refuses with the reason the UI shows when the case holds nothing from the pupil', () => {
    const r = checkPupilVoice(none);
    expect(r).toMatchObject({ ok: false, reasons: [{ code: 'pupil-voice-missing', source: '004 §3' }] });
    expect(r.ok || r.reasons[0]!.message).toBe(
      'Elevens stemme er ikke hørt i saken. Ingen tiltak skal settes i verk før elevens synspunkter er redegjort for. Fyll ut et skjema sammen med eleven (kartleggingsverktøy – skalering, undringssamtale med eleven, sjekkliste for elevsamtalen, pluss-minus-skjema, momenter til bruk i samtale med elever ved skolefravær, timeplan rødt/gult/grønt eller årsakskartleggingen med elevens eget svar på hva som kan hjelpe), eller – om eleven vegrer seg for å fortelle – registrer hva en tillitsperson eleven selv har valgt, forteller om hva eleven tenker og hva som er viktig for eleven framover.',
    );
  });

  it.each(Object.keys(PUPIL_VOICE_FORM_KINDS))('counts the form «%s» filled with the pupil', (kind) => {
    expect(
      checkPupilVoice({ ...none, filledForms: [{ id: 'f', kind, audience: 'elev', filledOn: '2025-10-01' }] }),
    ).toEqual({ ok: true, warnings: [] });
  });

  it('does not count the same form filled by the guardians, and says so', () => {
    const r = checkPupilVoice({
      ...none,
      filledForms: [{ id: 'f', kind: 'undringssamtale-elev', audience: 'foresatte', filledOn: '2025-10-01' }],
    });
    expect(r.ok || r.reasons.map((x) => x.message)).toContain(
      '«Undringssamtale med eleven» er fylt ut av foresatte, ikke sammen med eleven, og teller derfor ikke som elevens stemme.',
    );
  });

  describe('the årsakskartlegging (decision 062, changed for issue 17)', () => {
    const mapping = (extra: Partial<FilledForm> = {}): FilledForm => ({
      id: 'm1',
      kind: 'arsakskartlegging',
      audience: 'elev',
      filledOn: '2025-10-01',
      version: 2,
      pupilView: 'Å få skifte alene før gymtimen.',
      ...extra,
    });

    it('counts when filled with the pupil and the pupil’s own view of what would help is written', () => {
      expect(checkPupilVoice({ ...none, filledForms: [mapping()] })).toEqual({ ok: true, warnings: [] });
      expect(pupilVoiceEvidence({ ...none, filledForms: [mapping()] })).toEqual([
        { kind: 'form', id: 'm1', formKind: 'arsakskartlegging', on: '2025-10-01' },
      ]);
      expect(voiceFormName('arsakskartlegging')).toBe('Årsakskartlegging');
    });

    it.each([
      {
        name: 'without the pupil’s view, offering to edit that mapping',
        change: { pupilView: ' ' },
        code: 'mapping-without-pupil-view',
        message:
          'Årsakskartleggingen fra 01.10.2025 er fylt ut sammen med eleven, men «Hva mener eleven selv kan hjelpe?» er ikke besvart. Skriv elevens eget svar i kartleggingen, så teller den som elevens stemme.',
        offer: { formId: 'arsakskartlegging', filledFormId: 'm1' },
      },
      {
        name: 'on the first version, which does not ask, offering a new one',
        change: { version: 1, pupilView: null },
        code: 'mapping-old-version',
        message:
          'Årsakskartleggingen fra 01.10.2025 er fylt ut på en eldre utgave av skjemaet, som ikke spør «Hva mener eleven selv kan hjelpe?». Fyll ut årsakskartleggingen på nytt sammen med eleven og skriv elevens eget svar, så teller den som elevens stemme.',
        offer: { formId: 'arsakskartlegging' },
      },
      {
        name: 'filled by the guardians',
        change: { audience: 'foresatte' as const },
        code: 'form-not-with-pupil',
        message:
          '«Årsakskartlegging» fra 01.10.2025 er fylt ut av foresatte, ikke sammen med eleven, og teller derfor ikke som elevens stemme.',
        offer: { formId: 'arsakskartlegging' },
      },
      {
        name: 'dated after today',
        change: { filledOn: '2025-11-04' },
        code: 'form-later',
        message: 'Årsakskartleggingen er datert 04.11.2025, etter 03.11.2025.',
        offer: undefined,
      },
    ])('does not count $name, and says exactly what is missing', ({ change, code, message, offer }) => {
      const r = checkPupilVoice({ ...none, filledForms: [mapping(change)] });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.reasons[0]).toMatchObject({ code: 'pupil-voice-missing', offer: { formId: 'arsakskartlegging' } });
      expect(r.reasons[1]).toEqual({ code, source: '004 §3', message, ...(offer ? { offer } : {}) });
    });

    it('reads the pupil’s view from the answers of the årsakskartlegging only', () => {
      expect(pupilViewOf('arsakskartlegging', { 'elevens-syn': '  Skifte alene ' })).toBe('Skifte alene');
      expect(pupilViewOf('arsakskartlegging', { 'elevens-syn': '' })).toBeNull();
      expect(pupilViewOf('arsakskartlegging', {})).toBeNull();
      expect(pupilViewOf('skaleringsverktoy', { 'elevens-syn': 'x' })).toBeNull();
    });

    it('a new answer may count from the version that asks', () => {
      expect(formMayCountAsPupilVoice('arsakskartlegging', 1)).toBe(false);
      expect(formMayCountAsPupilVoice('arsakskartlegging', 2)).toBe(true);
      expect(formMayCountAsPupilVoice('skaleringsverktoy', 1)).toBe(true);
      expect(formMayCountAsPupilVoice('sjekkliste-foresattesamtale', 1)).toBe(false);
    });
  });

  it('counts a form filled with the pupil and the guardians together', () => {
    expect(
      checkPupilVoice({
        ...none,
        filledForms: [{ id: 'f', kind: 'undringssamtale-elev', audience: 'elev-og-foresatte', filledOn: '2025-10-01' }],
      }).ok,
    ).toBe(true);
  });

  it('does not count forms that hold no pupil view, or forms dated after today', () => {
    expect(
      checkPupilVoice({
        ...none,
        filledForms: [{ id: 'f', kind: 'sjekkliste-foresattesamtale', audience: 'elev', filledOn: '2025-10-01' }],
      }).ok,
    ).toBe(false);
    expect(
      checkPupilVoice({
        ...none,
        filledForms: [{ id: 'f', kind: 'skaleringsverktoy', audience: 'elev', filledOn: '2025-11-04' }],
      }).ok,
    ).toBe(false);
  });

  it('counts the statement of a trusted person the pupil chose', () => {
    expect(checkPupilVoice({ ...none, trustedPersonStatements: [trusted()] })).toEqual({ ok: true, warnings: [] });
  });

  it.each([
    {
      name: 'appointed by the adults',
      change: { chosenByPupil: false },
      code: 'trusted-person-not-chosen-by-pupil',
      message: 'Uttalelsen fra Siri Hansen teller ikke: tillitspersonen må være valgt av eleven selv.',
    },
    {
      name: 'without saying who it is',
      change: { relation: '' },
      code: 'trusted-person-unnamed',
      message:
        'En uttalelse fra en tillitsperson teller ikke før det står hvem personen er og hvilken relasjon den har til eleven.',
    },
    {
      name: 'with an empty statement',
      change: { statement: ' ' },
      code: 'trusted-person-statement-empty',
      message: 'Uttalelsen fra Siri Hansen er tom: skriv hva eleven tenker og hva som er viktig for eleven framover.',
    },
    {
      name: 'dated after today',
      change: { recordedOn: '2025-11-05' },
      code: 'trusted-person-later',
      message: 'Uttalelsen fra Siri Hansen er datert 05.11.2025, etter 03.11.2025.',
    },
  ])('does not count a trusted person $name', ({ change, code, message }) => {
    const r = checkPupilVoice({ ...none, trustedPersonStatements: [trusted(change)] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reasons[1]).toEqual({ code, source: '004 §3', message });
  });

  it('lists the evidence newest first', () => {
    const evidence = pupilVoiceEvidence({
      ...none,
      filledForms: [{ id: 'f', kind: 'pluss-minus-skjema', audience: 'elev', filledOn: '2025-10-01' }],
      trustedPersonStatements: [trusted()],
    });
    expect(evidence).toEqual([
      { kind: 'trusted-person', id: 't1', name: 'Siri Hansen', on: '2025-10-28' },
      { kind: 'form', id: 'f', formKind: 'pluss-minus-skjema', on: '2025-10-01' },
    ]);
  });
});

describe('the pupil’s own check-in as the pupil’s voice (decision 186)', () => {
  const checkin = (oneStepBetter: string, writtenOn = AS_OF) => ({
    id: 'c1',
    week: '2025-W45',
    oneStepBetter,
    writtenOn,
  });
  it('counts a check-in where the pupil wrote what would make the week one step better', () => {
    const facts = { ...none, pupilCheckins: [checkin('At læreren hilser om morgenen')] };
    expect(checkPupilVoice(facts).ok).toBe(true);
    expect(pupilVoiceEvidence(facts)).toEqual([{ kind: 'pupil-checkin', id: 'c1', week: '2025-W45', on: AS_OF }]);
  });
  it('does not count the number alone, nor a check-in written after today', () => {
    expect(checkPupilVoice({ ...none, pupilCheckins: [checkin('  ')] }).ok).toBe(false);
    expect(checkPupilVoice({ ...none, pupilCheckins: [checkin('Mer hjelp', '2099-01-01')] }).ok).toBe(false);
  });
});
