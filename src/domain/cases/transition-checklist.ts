// The checklist a case gets when the pupil changes school (barneskole → ungdomsskole), kept as data in
// content/transitions and validated here like every municipal content file.
import { z } from 'zod';

const schema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'id: bare små bokstaver a–z, sifre og bindestrek' }),
    title: z.string({ error: 'title: mangler' }).min(1),
    source: z.string({ error: 'source: mangler' }).min(1),
    tasks: z
      .array(
        z
          .object({
            id: z.string().min(1),
            text: z.string().min(1, { error: 'text: kan ikke være tom' }),
            responsible: z.array(z.string()).min(1),
          })
          .strict(),
      )
      .min(1, { error: 'tasks: minst én oppgave' }),
    interpretation: z.array(z.string()).default([]),
  })
  .strict();

export type TransitionChecklist = z.output<typeof schema>;

export function parseTransitionChecklist(
  data: unknown,
  fileName: string,
): { ok: true; checklist: TransitionChecklist } | { ok: false; errors: string[] } {
  const r = schema.safeParse(data);
  return r.success
    ? { ok: true, checklist: r.data }
    : { ok: false, errors: r.error.issues.map((i) => `${fileName}: ${i.path.join('.') || '(rot)'}: ${i.message}`) };
}
