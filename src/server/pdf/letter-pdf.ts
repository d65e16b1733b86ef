// The letter to guardians about concerning absence (004 §2 and its routine table) on paper: what the school
// prints («Lag brev til foresatte») and what a guardian downloads of the letter sent to them (decision 154).
// Without a school (a child with a protected address, seen by a guardian) it names neither school nor class.
import type { AlertExplanation } from '../../db/schema';
import { renderPdf } from './document';
import { norwegianDate } from '../../domain/calendar/dates';

export type LetterPdfInput = {
  pupil: { firstName: string; lastName: string };
  /** Null: left out (a protected child's letter downloaded by a guardian, decision 154). */
  className: string | null;
  schoolName: string | null;
  explanation: Pick<AlertExplanation, 'explanation' | 'action' | 'evidence'>;
  teacherName: string | null;
  signedBy: string;
  /** The letter's date (YYYY-MM-DD). */
  on: string;
  createdAt: Date;
};

/** The letter as a PDF. */
export function letterPdf(input: LetterPdfInput): Promise<Uint8Array> {
  const { pupil, explanation: e } = input;
  const name = `${pupil.firstName} ${pupil.lastName}`;
  const date = norwegianDate(input.on);
  const sender = input.schoolName ?? 'Skolen';
  return renderPdf({
    title: 'Melding om bekymringsfullt fravær',
    createdAt: input.createdAt,
    footer: `${sender} · ${date} · Unntatt offentlighet, jf. offl. § 13 og fvl. § 13`,
    blocks: [
      { kind: 'paragraph', text: input.schoolName ? `${input.schoolName}\n${date}` : date },
      {
        kind: 'heading',
        text: `Til foresatte til ${name}${input.className ? `, klasse ${input.className}` : ''}`,
      },
      {
        kind: 'paragraph',
        text: `Alle barn har rett og plikt til grunnskoleopplæring (opplæringsloven). Skolen følger med på fravær for å kunne hjelpe tidlig. Fraværet til ${name} har nå nådd et nivå som etter kommunens rutiner gir grunn til bekymring.`,
      },
      { kind: 'heading', text: 'Hva skolen har registrert' },
      { kind: 'paragraph', text: e.explanation },
      ...(e.evidence.length
        ? [
            {
              kind: 'paragraph' as const,
              text: `Registreringer som teller: ${e.evidence
                .map((x) => norwegianDate(x.date))
                .filter((d, i, all) => all.indexOf(d) === i)
                .join(', ')}.`,
            },
          ]
        : []),
      { kind: 'heading', text: 'Hva som skjer nå' },
      { kind: 'paragraph', text: e.action },
      {
        kind: 'paragraph',
        text: `Vi ønsker å snakke med dere og med ${pupil.firstName} for å forstå hvordan skolehverdagen oppleves, og finne ut sammen hva som kan hjelpe. Ta gjerne kontakt med kontaktlærer${input.teacherName ? ` ${input.teacherName}` : ''} så snart som mulig.`,
      },
      {
        kind: 'paragraph',
        text: 'Høyt fravær alene fører ikke til melding til barneverntjenesten. Målet er at eleven skal få det bra på skolen.',
      },
      {
        kind: 'paragraph',
        text: `Med vennlig hilsen\n${input.signedBy}${input.schoolName ? `\n${input.schoolName}` : ''}`,
      },
    ],
  });
}
