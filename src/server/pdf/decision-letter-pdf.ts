// The forhåndsvarsel and the decision letter of an enkeltvedtak (decisions 213–215): the fixed texts in bokmål,
// nynorsk or English (DocumentTexts, decision 178), what the school wrote printed as written, the legal basis
// from the content table with the old-law reference it replaces, and in the letter the appeal instructions —
// klagerett (fvl § 28), three weeks from receipt (fvl § 29; the date itself once the receipt is known), where to
// send it, and the right to see the documents (fvl § 18). The school's copy is in the kommune's målform; where a
// guardian has chosen another language, its translation follows in the same file (`decisionPdfWithTranslations`).
import { PDFDocument } from 'pdf-lib';
import type { Heard } from '../../domain/ladder/heard';
import type { Language, Malform } from '../../domain/language/language';
import { documentDate, documentTexts } from '../documents';
import { renderPdf, type PdfBlock, type PdfLayoutBlock } from './document';

export type DecisionPdfInput = {
  document: 'notice' | 'letter';
  kindName: string;
  pupilName: string;
  pupilFirstName: string;
  className: string;
  schoolName: string;
  guardianNames: string[];
  facts: string;
  legalBasis: { citation: string; title: string; replaces: string | null }[];
  reasons: string;
  heard: Heard | null;
  weighed: string;
  decision: string;
  from: string | null;
  to: string | null;
  assessment: { issuedBy: string; issuedOn: string } | null;
  consent: { by: string; on: string } | null;
  temporaryEvaluateOn: string | null;
  replyBy: string | null;
  reply: { on: string; text: string } | null;
  decidedOn: string | null;
  decidedByName: string | null;
  receivedOn: string | null;
  appealDeadline: string | null;
  /** A new decision after the school changed its own on appeal (fvl § 33 andre ledd, decision 230). */
  changed: { replacedDecidedOn: string; appealReceivedOn: string | null } | null;
  printedOn: string;
  createdAt: Date;
};

const MALFORM_NAMES: Record<Language, Record<Malform, string>> = {
  nb: { nb: 'bokmål', nn: 'nynorsk' },
  nn: { nb: 'bokmål', nn: 'nynorsk' },
  en: { nb: 'Norwegian (bokmål)', nn: 'Norwegian (nynorsk)' },
};

function blocks(input: DecisionPdfInput, language: Language): (PdfBlock | PdfLayoutBlock)[] {
  const texts = documentTexts(language);
  const t = texts.decision;
  const date = (iso: string) => documentDate(iso, language);
  const field = (label: string, value: string): (PdfBlock | PdfLayoutBlock)[] =>
    value.trim() === ''
      ? []
      : [
          { kind: 'heading', text: label },
          { kind: 'paragraph', text: value },
        ];
  const basis = input.legalBasis
    .map((b) => `${b.citation}: ${b.title}${b.replaces ? ` ${t.replaces(b.replaces)}` : ''}`)
    .join('\n');
  const views = input.heard?.pupilViews;
  const pupilViews = !views ? '' : views.obtained ? views.views : t.notObtained(views.why, views.howSought);
  const period =
    input.from && input.to ? [{ kind: 'paragraph' as const, text: t.period(date(input.from), date(input.to)) }] : [];
  const grounds: (PdfBlock | PdfLayoutBlock)[] = [
    ...(input.assessment
      ? [{ kind: 'paragraph' as const, text: t.assessment(input.assessment.issuedBy, date(input.assessment.issuedOn)) }]
      : []),
    ...(input.consent
      ? [{ kind: 'paragraph' as const, text: t.consent(input.consent.by, date(input.consent.on)) }]
      : []),
    ...(input.temporaryEvaluateOn
      ? [{ kind: 'paragraph' as const, text: t.temporary(date(input.temporaryEvaluateOn)) }]
      : []),
  ];
  const head: (PdfBlock | PdfLayoutBlock)[] = [
    { kind: 'paragraph', text: `${input.schoolName}\n${date(input.printedOn)}` },
    ...(input.guardianNames.length ? [{ kind: 'paragraph' as const, text: t.to(input.guardianNames.join(', ')) }] : []),
    { kind: 'heading', text: titleOf(input, language) },
    {
      kind: 'paragraph',
      text: t.about(input.kindName, `${input.pupilName}${texts.inClass(input.className)}`),
      bold: true,
    },
  ];
  if (input.document === 'notice')
    return [
      ...head,
      { kind: 'paragraph', text: t.noticeIntro(input.kindName, input.pupilFirstName) },
      ...field(t.facts, input.facts),
      ...field(t.noticeWhat, input.decision),
      ...period,
      ...field(t.legalBasis, basis),
      { kind: 'paragraph', text: t.noticeReply(date(input.replyBy ?? input.printedOn)) },
      { kind: 'paragraph', text: `${texts.letter.regards}\n${input.decidedByName ?? ''}`.trim() },
    ];
  const changed = input.changed;
  return [
    ...head,
    ...(changed
      ? [
          {
            kind: 'paragraph' as const,
            text: t.changedIntro(
              date(changed.replacedDecidedOn),
              changed.appealReceivedOn ? date(changed.appealReceivedOn) : null,
            ),
          },
        ]
      : []),
    ...field(t.decided, input.decision),
    ...period,
    ...field(t.facts, input.facts),
    ...grounds,
    ...(input.reply ? field(t.guardiansReply(date(input.reply.on)), input.reply.text) : []),
    ...field(t.pupilViews, pupilViews),
    ...(views?.obtained ? field(t.weighed, input.weighed) : []),
    ...field(t.bestInterest, input.heard?.bestInterest ?? ''),
    ...field(t.legalBasis, basis),
    ...field(changed ? t.changedReasons : t.reasons, input.reasons),
    ...(input.decidedOn && input.decidedByName
      ? [{ kind: 'paragraph' as const, text: t.decidedBy(input.decidedByName, date(input.decidedOn)) }]
      : []),
    { kind: 'heading', text: t.appealHeading },
    { kind: 'paragraph', text: t.appeal },
    { kind: 'paragraph', text: t.deadline },
    ...(input.receivedOn && input.appealDeadline
      ? [{ kind: 'paragraph' as const, text: t.deadlineDate(date(input.receivedOn), date(input.appealDeadline)) }]
      : []),
    { kind: 'paragraph', text: t.whereToSend(input.schoolName) },
    { kind: 'heading', text: t.documentsHeading },
    { kind: 'paragraph', text: t.documents },
  ];
}

/** The document's heading: the forhåndsvarsel, the letter, or the new letter after an appeal (decision 230). */
function titleOf(input: DecisionPdfInput, language: Language): string {
  const t = documentTexts(language).decision;
  if (input.document === 'notice') return t.noticeTitle;
  return input.changed ? t.changedTitle : t.letterTitle;
}

/** One decision document in one language. `original`: the målform of the copy that applies, on a translation. */
export function decisionPdf(input: DecisionPdfInput, language: Language, original?: Malform): Promise<Uint8Array> {
  const texts = documentTexts(language);
  const t = texts.decision;
  const title = titleOf(input, language);
  const note = [
    ...(original && original !== language
      ? [{ kind: 'paragraph' as const, text: t.translation(MALFORM_NAMES[language][original]), bold: true }]
      : []),
    // The kind, the legal basis and what the school wrote stay Norwegian in a translation.
    ...(texts.norwegianContentNote ? [{ kind: 'paragraph' as const, text: texts.norwegianContentNote }] : []),
  ];
  return renderPdf({
    title: `${title} – ${input.pupilName}`,
    createdAt: input.createdAt,
    footer: `${input.schoolName} · ${t.footer} · ${texts.confidential}`,
    blocks: [...note, ...blocks(input, language)],
  });
}

/**
 * The school's copy in the kommune's målform, followed by a translation into each other language the family
 * reads (decision 202): one file, so the letter sent and the letter kept are the same.
 */
export async function decisionPdfWithTranslations(
  input: DecisionPdfInput,
  malform: Malform,
  familyLanguages: readonly Language[],
  inLanguage: (language: Language) => DecisionPdfInput = () => input,
): Promise<Uint8Array> {
  const others = familyLanguages.filter((l) => l !== malform);
  const first = await decisionPdf(input, malform);
  if (others.length === 0) return first;
  const merged = await PDFDocument.load(first);
  for (const language of others) {
    const part = await PDFDocument.load(await decisionPdf(inLanguage(language), language, malform));
    const pages = await merged.copyPages(part, part.getPageIndices());
    for (const page of pages) merged.addPage(page);
  }
  return merged.save();
}
