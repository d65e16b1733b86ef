// The minutes of a held meeting on paper (decision 116): what the school prints («Last ned referat») and what
// a guardian downloads of the minutes sent to them (decision 154). Without a school (a protected child, seen
// by a guardian) it names neither school, class nor the meeting's place.
import { norwegianDate } from '../../domain/calendar/dates';
import { renderPdf } from './document';

export type MinutesPdfInput = {
  /** «Samarbeidsmøte» (MEETING_LABEL). */
  label: string;
  meeting: {
    held_on: string;
    scheduled_time: string | null;
    place: string;
    participants: string[];
    agenda: string | null;
    minutes: string;
    next_meeting_on: string | null;
  };
  pupilName: string;
  /** Null: left out (a protected child's minutes downloaded by a guardian, decision 154). */
  className: string | null;
  schoolName: string | null;
  printedOn: string;
  createdAt: Date;
};

/** « kl. 09.30 på Møterom 2»: the meeting's time (Norwegian style) and place, where they were given (decision 116). */
function heldAt(m: { scheduled_time: string | null; place: string }, showPlace: boolean): string {
  const time = m.scheduled_time ? ` kl. ${m.scheduled_time.replace(':', '.')}` : '';
  const place = showPlace && m.place.trim() ? ` på ${m.place.trim()}` : '';
  return time + place;
}

/** The minutes as a PDF. */
export function minutesPdf(input: MinutesPdfInput): Promise<Uint8Array> {
  const m = input.meeting;
  const shown = input.schoolName !== null;
  return renderPdf({
    title: `Referat: ${input.label}`,
    createdAt: input.createdAt,
    footer: `${input.schoolName ?? 'Skolen'} · Referat ${norwegianDate(m.held_on)} · Unntatt offentlighet, jf. offl. § 13 og fvl. § 13`,
    blocks: [
      {
        kind: 'paragraph',
        text: shown ? `${input.schoolName}\n${norwegianDate(input.printedOn)}` : norwegianDate(input.printedOn),
      },
      { kind: 'heading', text: `Elev: ${input.pupilName}${input.className ? `, klasse ${input.className}` : ''}` },
      {
        kind: 'paragraph',
        text: `Møtet ble holdt ${norwegianDate(m.held_on)}${heldAt(m, shown)}. Til stede: ${m.participants.join(', ') || 'ikke oppgitt'}.`,
      },
      ...(m.agenda
        ? [
            { kind: 'heading' as const, text: 'Tema' },
            { kind: 'paragraph' as const, text: m.agenda },
          ]
        : []),
      { kind: 'heading', text: 'Referat' },
      { kind: 'paragraph', text: m.minutes },
      ...(m.next_meeting_on
        ? [{ kind: 'paragraph' as const, text: `Neste møte: ${norwegianDate(m.next_meeting_on)}.` }]
        : []),
    ],
  });
}
