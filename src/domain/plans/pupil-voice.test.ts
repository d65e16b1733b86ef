import { describe, expect, it } from 'vitest';
import type { TrustedPersonStatement } from './case-facts';
import { checkPupilVoice, PUPIL_VOICE_FORM_KINDS, pupilVoiceEvidence } from './pupil-voice';
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
      'Elevens stemme er ikke hørt i saken. Ingen tiltak skal settes i verk før elevens synspunkter er redegjort for. Fyll ut et skjema sammen med eleven (kartleggingsverktøy – skalering, undringssamtale med eleven, sjekkliste for elevsamtalen, pluss-minus-skjema, momenter til bruk i samtale med elever ved skolefravær eller timeplan rødt/gult/grønt), eller – om eleven vegrer seg for å fortelle – registrer hva en tillitsperson eleven selv har valgt, forteller om hva eleven tenker og hva som er viktig for eleven framover.',
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

  it('does not count the årsakskartlegging: it maps causes, the pupil’s views on the measures are heard in a conversation', () => {
    expect(
      checkPupilVoice({
        ...none,
        filledForms: [{ id: 'f', kind: 'arsakskartlegging', audience: 'elev', filledOn: '2025-10-01' }],
      }).ok,
    ).toBe(false);
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
      message: 'Uttalelsen fra Siri Hansen er datert 5.11.2025, etter 3.11.2025.',
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
