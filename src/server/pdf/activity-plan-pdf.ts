// The aktivitetsplan on paper (decision 188): every element opplæringslova § 12-4 third paragraph requires —
// the problem, the planned measures, when each is carried out, who is responsible, when they are evaluated —
// and the family's right to take the matter to the Statsforvalteren (§ 12-6). Its fixed texts in bokmål,
// nynorsk or English (decision 178); what the school wrote is printed as written.
import type { Language } from '../../domain/language/language';
import type { ActivityPlan } from '../../domain/school-environment/activity-plan';
import { documentDate, documentTexts } from '../documents';
import { renderPdf, type PdfBlock, type PdfLayoutBlock } from './document';

export type ActivityPlanPdfInput = {
  plan: ActivityPlan;
  version: number;
  pupilName: string;
  /** Null on the copy a guardian of a child with a protected address downloads (decision 131). */
  className: string | null;
  schoolName: string | null;
  knownOn: string;
  adultInvolved: boolean;
  findings: string | null;
  printedOn: string;
  createdAt: Date;
  language: Language;
};

export function activityPlanPdf(input: ActivityPlanPdfInput): Promise<Uint8Array> {
  const { plan, language } = input;
  const texts = documentTexts(language);
  const t = texts.activityPlan;
  const date = (iso: string) => documentDate(iso, language);
  const field = (label: string, value: string): (PdfBlock | PdfLayoutBlock)[] => [
    { kind: 'paragraph', text: label, bold: true },
    { kind: 'paragraph', text: value.trim() === '' ? '–' : value },
  ];
  return renderPdf({
    title: `${t.title} – ${input.pupilName}`,
    createdAt: input.createdAt,
    footer: `${input.schoolName ?? texts.theSchool} · ${t.footer(input.version)} · ${texts.confidential}`,
    blocks: [
      {
        kind: 'paragraph',
        text: `${input.schoolName ? `${input.schoolName}\n` : ''}${t.printed(date(input.printedOn))}`,
      },
      {
        kind: 'heading',
        text: `${t.title}: ${texts.pupil(input.pupilName)}${input.className ? texts.inClass(input.className) : ''}`,
      },
      { kind: 'paragraph', text: `${t.matterLine}\n${t.knownOn(date(input.knownOn))}` },
      ...(input.adultInvolved ? [{ kind: 'paragraph' as const, text: t.adultInvolved }] : []),
      ...(input.findings ? field(t.investigated, input.findings) : []),
      ...field(t.problem, plan.problem),
      { kind: 'paragraph', text: t.measures, bold: true },
      {
        kind: 'table',
        columns: [...t.columns],
        widths: [4, 2.5, 2],
        rows: plan.measures.map((m) => [m.what, m.when, m.responsible]),
      },
      ...field(t.evaluationOn, date(plan.evaluationOn)),
      ...(plan.pupilView ? field(t.pupilView, plan.pupilView) : []),
      { kind: 'heading', text: t.statsforvalterHeading },
      { kind: 'paragraph', text: t.statsforvalter },
    ],
  });
}
