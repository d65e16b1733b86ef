import { describe, expect, it } from 'vitest';
import shipped from '../../../content/minutes/undringssamtale.json';
import sourceText from '../../../tests/fixtures/minutes/undringssamtale.txt?raw';
import { minutesText, parseMinutesTemplate } from './minutes-template';

const KINDS = ['undringssamtale-elev', 'undringssamtale-foresatte', 'samarbeidsmote'];

describe('minutes templates (decision 116)', () => {
  it('the shipped undringssamtale template follows 001’s «Forslag til struktur», each heading found in the source', () => {
    const r = parseMinutesTemplate(shipped, 'undringssamtale.json', KINDS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const flat = sourceText.replace(/\s+/g, ' ');
    for (const h of r.template.headings) expect(flat).toContain(h.sourceText);
    expect(r.template.headings.map((h) => h.title)).toEqual([
      'Velkommen',
      'Kort om bakgrunn for samtalen',
      'Foreldrenes og elevens innspill',
      'Hva observasjonen bunner i',
      'Mål og vurderingstidspunkt (Hva vil vi se? Når?)',
      'Hva som gjøres i første omgang',
      'Tiltak',
    ]);
    expect(minutesText(r.template)).toMatch(/^1\. Velkommen\n\n2\. Kort om bakgrunn for samtalen\n\n3\./);
  });

  it('refuses an unknown meeting kind, a missing heading and a file named otherwise, naming file and field', () => {
    expect(parseMinutesTemplate({ ...shipped, meetingKinds: ['kaffe'] }, 'undringssamtale.json', KINDS)).toEqual({
      ok: false,
      errors: [
        'undringssamtale.json: meetingKinds: ukjent møtetype «kaffe» (kjente: undringssamtale-elev, undringssamtale-foresatte, samarbeidsmote)',
      ],
    });
    const noHeadings = parseMinutesTemplate({ ...shipped, headings: [] }, 'undringssamtale.json', KINDS);
    expect(noHeadings.ok || noHeadings.errors).toEqual(['undringssamtale.json: headings: minst én overskrift']);
    const renamed = parseMinutesTemplate(shipped, 'annet.json', KINDS);
    expect(renamed.ok || renamed.errors[0]).toMatch(/^annet\.json: id: må være «annet»/);
  });
});
