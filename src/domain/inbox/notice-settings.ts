// The municipality's notice settings (content/settings, decisions 134 and 137): when the same-day notice to
// guardians goes by default, until when in the day it may go, and how long a referral may wait for an answer
// before its case's stafettholder is told. Data, validated at load; pure.
import { z } from 'zod';
import { REFERRAL_SERVICES } from '../ladder/ladder-lists';

const clock = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'må være et klokkeslett TT:MM, for eksempel 09:30' });

const waitDays = z
  .number()
  .int()
  .min(1, { error: 'må være minst 1 dag' })
  .max(365, { error: 'må være høyst 365 dager' });

export const noticeSettingsSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'bare små bokstaver, sifre og bindestrek' }),
    name: z.string().min(1),
    source: z.string().min(1),
    sameDayNotice: z
      .object({
        /** The school's default time (a school may choose its own on «Innstillinger»). */
        at: clock,
        /** After this no notice goes that day: the school day is over, and an evening SMS is no help. */
        until: clock,
      })
      .strict()
      .refine((s) => s.at < s.until, { error: '«at» må være før «until»', path: ['at'] }),
    referralWait: z
      .object({
        /** Days from a referral sent until its case's stafettholder is told that no answer has come. */
        days: waitDays,
        /** Another limit for some services (PPT's own deadline for a sakkyndig vurdering, say). */
        byService: z.partialRecord(z.enum(REFERRAL_SERVICES), waitDays).default({}),
      })
      .strict(),
  })
  .strict();

export type NoticeSettings = z.infer<typeof noticeSettingsSchema>;

/** Validates a notice-settings file; every error a Norwegian line naming the file and the field. */
export function parseNoticeSettings(
  data: unknown,
  fileName: string,
): { ok: true; value: NoticeSettings } | { ok: false; errors: string[] } {
  const parsed = noticeSettingsSchema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => `${fileName}: ${i.path.join('.') || '(fila)'}: ${i.message}`),
  };
}

/** The minutes after midnight of a TT:MM time. */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

/** The wait limit in days for a referral to `service`. */
export function referralWaitDays(settings: NoticeSettings, service: string): number {
  return (settings.referralWait.byService as Record<string, number | undefined>)[service] ?? settings.referralWait.days;
}
