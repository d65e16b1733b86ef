import { describe, expect, it } from 'vitest';
import arsakskartleggingJson from '../../../content/forms/arsakskartlegging.v1.json';
import plussMinusJson from '../../../content/forms/pluss-minus-skjema.v1.json';
import timeplanJson from '../../../content/forms/timeplan-rod-gul-gronn.v1.json';
import undringElevJson from '../../../content/forms/undringssamtale-elev.v1.json';
import { formatProblems, validateAnswers } from './answers';
import { parseForm, type FormDefinition } from './form-schema';

function load(json: unknown, name: string): FormDefinition {
  const parsed = parseForm(json, name);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.form;
}
const PLUSS_MINUS = load(plussMinusJson, 'pluss-minus-skjema.v1.json');
const ARSAK = load(arsakskartleggingJson, 'arsakskartlegging.v1.json');
const TIMEPLAN = load(timeplanJson, 'timeplan-rod-gul-gronn.v1.json');
const UNDRING = load(undringElevJson, 'undringssamtale-elev.v1.json');

const problems = (form: FormDefinition, answers: unknown) => {
  const result = validateAnswers(form, answers);
  return result.ok ? [] : formatProblems(result.problems);
};

describe('validateAnswers', () => {
  it('accepts an empty form and a partly filled one', () => {
    expect(problems(PLUSS_MINUS, {})).toEqual([]);
    expect(
      problems(PLUSS_MINUS, {
        skoleveien: { value: 'pluss', comment: 'Går sammen med nabojenta.' },
        kroppsoving: { value: 'minus', comment: 'Gruer seg til garderoben.' },
        turdager: { value: 'noytral' },
        stress: 8,
        'lyst-til-a-vaere-pa-skolen': 3,
        'tre-onsker': 'En hund, en venn i klassen, at mamma blir frisk.',
        jobb: null,
      }),
    ).toEqual([]);
  });

  it('names the question by section.question and its words', () => {
    expect(
      problems(PLUSS_MINUS, { skoleveien: { value: 'ja' }, stress: 11, kroppsoving: 'minus', 'sist-fornoyd': 42 }),
    ).toEqual([
      'skoledagen.skoleveien.value: «Skoleveien»: må være ett av valgene «pluss», «noytral», «minus», ikke «ja»',
      'fag.kroppsoving: «Kroppsøving»: må være et objekt med «value» («pluss», «noytral», «minus») og eventuelt «comment»',
      'deg-selv.sist-fornoyd: «Kan du huske sist du var fornøyd med deg selv?»: må være en tekst',
      'deg-selv.stress: «Hvor høyt stress kjenner du når du tenker på skolen?»: må være et helt tall fra 1 til 10',
    ]);
  });

  it('refuses questions the version does not have, and what is not an object', () => {
    expect(problems(PLUSS_MINUS, { skolebussen: { value: 'pluss' } })).toEqual([
      'skolebussen: ukjent spørsmål i «Pluss-minus-skjema» versjon 1',
    ]);
    expect(problems(PLUSS_MINUS, [])).toEqual(['(svarene): må være et objekt med svar per spørsmål']);
  });

  it('checks cards: known cards, the blank card’s own text, extent on the scale, boxes of the elaborations', () => {
    const ok = {
      kort: {
        selected: [
          { card: 'engstelig', extent: 7, note: 'Mest om morgenen.' },
          { card: 'eget-kort', text: 'Bussen' },
        ],
        elaborations: {
          fag: [{ option: 'gym-skifte-i-garderobe' }],
          laerere: [{ option: 'laerer-1', text: 'Kari Testlærer' }],
          annet: [{ option: 'ta-buss-til-skolen' }],
        },
      },
      oppfolgingsmote: '2026-09-15',
    };
    expect(problems(ARSAK, ok)).toEqual([]);
    expect(
      problems(ARSAK, {
        kort: {
          selected: [
            { card: 'sint' },
            { card: 'eget-kort' },
            { card: 'redd', extent: 0 },
            { card: 'redd' },
            { card: 'stress', text: 'x' },
          ],
          elaborations: { fag: [{ option: 'matte', text: 'algebra' }], klokka: [] },
        },
        oppfolgingsmote: '2026-02-30',
      }),
    ).toEqual([
      'arsaker.kort.selected.0.card: «Hjelpekort»: ukjent kort «sint» (gyldige: «noe-pa-skolen», «fysisk-syk», «engstelig», «redd», «trist-lei-seg», «henger-etter-faglig», «noe-annet», «stress», «venner», «problemer-hjemme», «sovnproblemer», «eget-kort»)',
      'arsaker.kort.eget-kort.text: «Eget kort»: det blanke kortet må ha elevens egen tekst',
      'arsaker.kort.redd.extent: «Redd – omfang»: må være et helt tall fra 1 til 10',
      'arsaker.kort.selected.3.card: «Hjelpekort»: kortet «Redd» er valgt mer enn én gang',
      'arsaker.kort.stress.text: «Stress»: bare det blanke kortet har egen tekst',
      'arsaker.kort.elaborations.fag.matte.text: «Matte»: har ingen egen tekst',
      'arsaker.kort.elaborations.klokka: «Hjelpekort»: ukjent utdyping «klokka» (gyldige: «fag», «laerere», «annet»)',
      'videre.oppfolgingsmote: «Oppfølgingsmøte med eleven»: må være en dato (ÅÅÅÅ-MM-DD)',
    ]);
  });

  it('checks a timetable by weekday × period and a colour per period', () => {
    expect(
      problems(TIMEPLAN, {
        timeplan: {
          rows: [
            { key: 'mandag-1', label: 'Norsk', cells: { farge: 'gronn' } },
            { key: 'mandag-2', label: 'Kroppsøving', cells: { farge: 'rod', kommentar: 'Garderoben' } },
          ],
        },
        'lette-dager': 'Tirsdag og torsdag.',
      }),
    ).toEqual([]);
    expect(
      problems(TIMEPLAN, {
        timeplan: {
          rows: [
            { key: 'lordag-1', cells: {} },
            { key: 'mandag-9', cells: {} },
            { key: 'fredag-3', cells: { farge: 'blå', rom: '101' } },
            { key: 'fredag-3', cells: {} },
          ],
        },
      }),
    ).toEqual([
      'timeplanen.timeplan.rows.0.key: «Elevens timeplan»: raden må være en ukedag og time som «mandag-1», «mandag-2», «mandag-3» … «fredag-8», ikke «lordag-1»',
      'timeplanen.timeplan.rows.1.key: «Elevens timeplan»: raden må være en ukedag og time som «mandag-1», «mandag-2», «mandag-3» … «fredag-8», ikke «mandag-9»',
      'timeplanen.timeplan.rows.fredag-3.farge: «Elevens timeplan – Farge»: må være en av fargene «gronn», «gul», «rod», ikke «blå»',
      'timeplanen.timeplan.rows.fredag-3.rom: «Elevens timeplan»: ukjent kolonne «rom» (gyldige: «farge», «kommentar»)',
      'timeplanen.timeplan.rows.3.key: «Elevens timeplan»: raden «fredag-3» står mer enn én gang',
    ]);
  });

  it('checks checklists, choices and free table rows', () => {
    expect(
      problems(UNDRING, {
        'kontakt-og-formal-punkter': { checked: ['forklar-hvorfor', 'forklar-hvorfor', 'vent'] },
        utfall: 'kanskje',
        'plan-videre': {
          rows: [
            { cells: { hva: 'Møte med foresatte', hvem: 'Kontaktlærer', nar: '2026-09-03' } },
            { key: 'x', cells: { nar: 'i morgen' } },
          ],
        },
      }),
    ).toEqual([
      'kontakt-og-formal.kontakt-og-formal-punkter.checked.1: «Kontakt og informasjon om formål»: «forklar-hvorfor» er valgt mer enn én gang',
      'kontakt-og-formal.kontakt-og-formal-punkter.checked.2: «Kontakt og informasjon om formål»: må være ett av valgene «forklar-hvorfor», «fortell-om-observasjonen», «etterspor-hva-som-ligger-bak», ikke «vent»',
      'oppsummering.utfall: «Hvordan endte samtalen?»: må være ett av valgene «grunn-til-bekymring», «ingenting-kom-frem», ikke «kanskje»',
      'grunn-til-bekymring.plan-videre.rows.1.key: «Plan for hva som skjer videre»: radene er fritt utfylt og har ingen nøkkel',
      'grunn-til-bekymring.plan-videre.rows.1.nar: «Plan for hva som skjer videre – Når skal det skje?»: må være en dato (ÅÅÅÅ-MM-DD)',
    ]);
  });

  it('requires the questions marked required', () => {
    const form: FormDefinition = {
      ...UNDRING,
      sections: [
        { ...UNDRING.sections[2]!, questions: UNDRING.sections[2]!.questions.map((q) => ({ ...q, required: true })) },
      ],
    };
    expect(problems(form, { 'oppsummering-punkter': { checked: [] } })).toEqual([
      'oppsummering.utfall: «Hvordan endte samtalen?»: må besvares',
    ]);
  });
});
