// The letter to guardians about concerning absence (004 §2 and its routine table) on paper: what the school
// prints («Lag brev til foresatte») and what a guardian downloads of the letter sent to them (decision 154),
// in bokmål, nynorsk or English (decision 178). Without a school (a child with a protected address, seen by
// a guardian) it names neither school nor class. The alert's explanation and the routine's next step are
// quoted as the rule gives them; an English letter says they stay Norwegian.
import type { AlertExplanation } from '../../db/schema';
import type { Language } from '../../domain/language/language';
import { documentDate, documentTexts } from '../documents';
import { renderPdf, type PdfBlock } from './document';

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
  language: Language;
};

/** The letter as a PDF. */
export function letterPdf(input: LetterPdfInput): Promise<Uint8Array> {
  const { pupil, explanation: e, language } = input;
  const t = documentTexts(language);
  const name = `${pupil.firstName} ${pupil.lastName}`;
  const date = documentDate(input.on, language);
  const sender = input.schoolName ?? t.theSchool;
  const note: PdfBlock[] = t.norwegianContentNote ? [{ kind: 'paragraph', text: t.norwegianContentNote }] : [];
  return renderPdf({
    title: t.letter.title,
    createdAt: input.createdAt,
    footer: `${sender} · ${date} · ${t.confidential}`,
    blocks: [
      { kind: 'paragraph', text: input.schoolName ? `${input.schoolName}\n${date}` : date },
      { kind: 'heading', text: t.letter.to(name, input.className ? t.inClass(input.className) : '') },
      { kind: 'paragraph', text: t.letter.intro(name) },
      { kind: 'heading', text: t.letter.registeredHeading },
      { kind: 'paragraph', text: e.explanation },
      ...(e.evidence.length
        ? [
            {
              kind: 'paragraph' as const,
              text: t.letter.counting(
                e.evidence
                  .map((x) => documentDate(x.date, language))
                  .filter((d, i, all) => all.indexOf(d) === i)
                  .join(', '),
              ),
            },
          ]
        : []),
      { kind: 'heading', text: t.letter.nextHeading },
      { kind: 'paragraph', text: e.action },
      { kind: 'paragraph', text: t.letter.talk(pupil.firstName, input.teacherName) },
      { kind: 'paragraph', text: t.letter.notChildWelfare },
      ...note,
      {
        kind: 'paragraph',
        text: `${t.letter.regards}\n${input.signedBy}${input.schoolName ? `\n${input.schoolName}` : ''}`,
      },
    ],
  });
}
