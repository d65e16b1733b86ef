// A minutes template (issue 17 item 11, decision 116): the structure the minutes of a meeting start from,
// kept as data in content/minutes/<id>.json and validated at load like every municipal content file. The
// shipped one is the undringssamtale's «Forslag til struktur» (001), whose minutes are filed in the pupil's
// folder and sent home (003). The minutes stay one text (printed as the letter home); the template gives
// it its numbered headings, each followed by an empty line to write under.
import { z } from 'zod';

const text = z.string({ error: 'mangler' }).trim().min(1, { error: 'kan ikke være tom' });

const schema = z.strictObject({
  id: z
    .string({ error: 'mangler' })
    .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'bare små bokstaver a–z, sifre og bindestrek' }),
  title: text,
  source: text,
  // The meeting kinds it fits; the loader checks them against the meeting kinds the app knows.
  meetingKinds: z.array(text).min(1, { error: 'minst én møtetype' }),
  headings: z
    .array(z.strictObject({ title: text, help: z.string().optional(), sourceText: text }))
    .min(1, { error: 'minst én overskrift' }),
  interpretation: z.array(z.string()).default([]),
});

export type MinutesTemplate = z.output<typeof schema>;

/** Parses one template; every error names the file and the field. */
export function parseMinutesTemplate(
  data: unknown,
  fileName: string,
  knownKinds: readonly string[],
): { ok: true; template: MinutesTemplate } | { ok: false; errors: string[] } {
  const r = schema.safeParse(data);
  if (!r.success)
    return {
      ok: false,
      errors: r.error.issues.map((i) => `${fileName}: ${i.path.join('.') || '(rot)'}: ${i.message}`),
    };
  const unknown = r.data.meetingKinds.filter((k) => !knownKinds.includes(k));
  if (unknown.length > 0)
    return {
      ok: false,
      errors: unknown.map(
        (k) => `${fileName}: meetingKinds: ukjent møtetype «${k}» (kjente: ${knownKinds.join(', ')})`,
      ),
    };
  if (`${r.data.id}.json` !== fileName)
    return {
      ok: false,
      errors: [`${fileName}: id: må være «${fileName.slice(0, -'.json'.length)}» (samme som filnavnet)`],
    };
  return { ok: true, template: r.data };
}

/** The template as the minutes' starting text: «1. Velkommen», an empty line, «2. …». */
export function minutesText(template: MinutesTemplate): string {
  return template.headings.map((h, i) => `${i + 1}. ${h.title}\n`).join('\n');
}
