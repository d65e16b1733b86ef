// The minutes of a held meeting on paper (decision 116): what the school prints («Last ned referat») and what
// a guardian downloads of the minutes sent to them (decision 154), in bokmål, nynorsk or English (decision
// 178). Without a school (a protected child, seen by a guardian) it names neither school, class nor the
// meeting's place. The minutes themselves are the school's own words and are not translated.
import type { MeetingKind } from '../../db/schema';
import type { Language } from '../../domain/language/language';
import { documentDate, documentTexts } from '../documents';
import { renderPdf } from './document';

export type MinutesPdfInput = {
  meeting: {
    kind: MeetingKind;
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
  language: Language;
};

/** The minutes as a PDF. */
export function minutesPdf(input: MinutesPdfInput): Promise<Uint8Array> {
  const m = input.meeting;
  const { language } = input;
  const t = documentTexts(language);
  const date = (iso: string) => documentDate(iso, language);
  const shown = input.schoolName !== null;
  return renderPdf({
    title: t.minutes.title(t.minutes.meeting[m.kind]),
    createdAt: input.createdAt,
    footer: `${input.schoolName ?? t.theSchool} · ${t.minutes.footer(date(m.held_on))} · ${t.confidential}`,
    blocks: [
      {
        kind: 'paragraph',
        text: shown ? `${input.schoolName}\n${date(input.printedOn)}` : date(input.printedOn),
      },
      {
        kind: 'heading',
        text: `${t.pupil(input.pupilName)}${input.className ? t.inClass(input.className) : ''}`,
      },
      {
        kind: 'paragraph',
        text: t.minutes.held(
          date(m.held_on),
          m.scheduled_time,
          shown && m.place.trim() ? m.place.trim() : null,
          m.participants.join(', ') || null,
        ),
      },
      ...(m.agenda
        ? [
            { kind: 'heading' as const, text: t.minutes.agendaHeading },
            { kind: 'paragraph' as const, text: m.agenda },
          ]
        : []),
      { kind: 'heading', text: t.minutes.minutesHeading },
      { kind: 'paragraph', text: m.minutes },
      ...(m.next_meeting_on
        ? [{ kind: 'paragraph' as const, text: t.minutes.nextMeeting(date(m.next_meeting_on)) }]
        : []),
    ],
  });
}
