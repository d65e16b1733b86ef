// A plan on paper, laid out after its source template (decision 064): the samarbeidsavtale with its table
// of delmål, tiltak, ansvar and frist, plan B and a line to sign for each party (001); the tiltaksplan's
// fields (000 appendix); the dagsplan's table (001); the gradual return's steps (001 Del 2 §3, 002). Its
// headings in bokmål, nynorsk or English (decision 178); what the school wrote in the plan is not translated.
import type { Language } from '../../domain/language/language';
import type { Plan } from '../../domain/plans/plan-schema';
import { documentDate, documentTexts, type DocumentTexts } from '../documents';
import { renderPdf, type PdfBlock, type PdfLayoutBlock } from './document';

type Block = PdfBlock | PdfLayoutBlock;
export type PlanPdfInput = {
  plan: Plan;
  status: 'utkast' | 'aktiv' | 'avsluttet';
  version: number;
  pupilName: string;
  /** Null: left out (a protected child's plan downloaded by a guardian, decision 154). */
  className: string | null;
  schoolName: string | null;
  printedOn: string;
  createdAt: Date;
  language: Language;
};

const or = (text: string | undefined | null, none = '–') => (text && text.trim() !== '' ? text : none);
const field = (label: string, value: string): Block[] => [
  { kind: 'paragraph', text: label, bold: true },
  { kind: 'paragraph', text: value },
];
const list = (items: readonly string[]) => (items.length ? items.map((t) => `• ${t}`).join('\n') : '–');

function body(plan: Plan, t: DocumentTexts['plan'], date: (iso: string | null | undefined) => string): Block[] {
  switch (plan.kind) {
    case 'samarbeidsavtale': {
      const parties = plan.signatures.length
        ? plan.signatures.map((s) => `${t.signatory[s.role]}: ${or(s.name)}`)
        : [t.guardians, t.school];
      return [
        ...field(t.agreement.status, or(plan.status)),
        ...field(t.agreement.mainGoal, or(plan.mainGoal)),
        {
          kind: 'table',
          columns: t.agreement.columns,
          widths: [3, 4, 2, 1.4],
          rows: plan.rows.map((r) => [r.subGoal, r.measure, r.responsible, date(r.deadline)]),
        },
        ...field(t.agreement.planB, or(plan.planB)),
        ...field(t.agreement.evaluation, t.agreement.evaluatedOn(date(plan.evaluationOn))),
        { kind: 'heading', text: t.agreement.signatures },
        { kind: 'signatures', labels: parties },
      ];
    }
    case 'tiltaksplan':
      return [
        ...field(t.measures.longTermGoal, or(plan.longTermGoal)),
        ...field(t.measures.subGoals, list(plan.subGoals)),
        ...field(t.measures.period, `${date(plan.period.from)} – ${date(plan.period.to)}`),
        ...field(t.measures.statusAndEvaluation, or(plan.statusAndEvaluation)),
        ...field(t.measures.timetable, or(plan.timetableAndAttendance)),
        {
          kind: 'table',
          columns: t.measures.columns,
          widths: [4, 4, 2],
          rows: plan.measures.map((m) => [m.description, m.planB, m.responsible]),
        },
        ...plan.measures.flatMap((m, i): Block[] => [
          ...(m.attendanceReduction
            ? field(
                t.measures.reduction(i + 1),
                `${t.reductionKind[m.attendanceReduction.kind]}: ${or(m.attendanceReduction.description)}`,
              )
            : []),
          ...(m.homeSchooling
            ? field(
                t.measures.homeSchooling(i + 1),
                `${t.homeSchoolingGround[m.homeSchooling.grounds]}. ${or(m.homeSchooling.explanation, '')}`,
              )
            : []),
        ]),
        ...field(t.measures.triggers, or(plan.triggers)),
        ...field(t.measures.nextMeeting, date(plan.nextMeetingOn)),
      ];
    case 'dagsplan':
      return [
        ...field(t.day.appliesTo, or(plan.appliesTo)),
        {
          kind: 'table',
          columns: t.day.columns,
          widths: [1.4, 2, 4, 2],
          rows: plan.rows.map((r) => [r.to ? `${r.from}–${r.to}` : r.from, r.where, r.what, r.responsible]),
        },
      ];
    case 'gradvis-tilbakeforing':
      return [
        ...field(t.gradual.goal, or(plan.goal)),
        ...field(t.gradual.arena, or(plan.arena)),
        ...plan.steps.flatMap((s, i): Block[] => [
          {
            kind: 'heading',
            text: t.gradual.step(i + 1, date(s.from), date(s.to), s.attendance === 'hel'),
          },
          { kind: 'table', columns: t.gradual.where, rows: [[s.where, s.when, s.what, s.who]] },
          {
            kind: 'table',
            columns: t.gradual.tasks,
            rows: [[list(s.pupilTasks), list(s.guardianTasks), list(s.schoolTasks)]],
          },
          ...field(t.gradual.moveOnWhen, or(s.moveOnWhen)),
        ]),
        ...(plan.attendanceReduction
          ? field(
              t.gradual.reduction,
              `${t.reductionKind[plan.attendanceReduction.kind]}: ${or(plan.attendanceReduction.description)}`,
            )
          : []),
        ...field(t.gradual.evaluation, date(plan.evaluationOn)),
        { kind: 'signatures', labels: [t.guardians, t.school] },
      ];
    case 'opplaering-ved-sykdom':
      return [
        ...field(t.illness.presence, t.presenceLevel[plan.presenceAtSchool]),
        ...field(t.illness.condition, or(plan.condition)),
        ...field(
          t.illness.expected,
          `${date(plan.expectedAbsence.from)} – ${plan.expectedAbsence.until ? date(plan.expectedAbsence.until) : t.illness.unsettled}: ${or(plan.expectedAbsence.description)}`,
        ),
        ...field(t.illness.assessment, or(plan.assessment)),
        ...field(
          t.illness.place,
          `${t.teachingPlace[plan.place]}${plan.placeDescription ? `: ${plan.placeDescription}` : ''}`,
        ),
        ...field(t.illness.teaching, or(plan.teaching)),
        ...(plan.schoolOffer ? field(t.illness.schoolOffer, plan.schoolOffer) : []),
        ...field(t.illness.followedUpBy, or(plan.followedUpBy)),
        ...field(t.illness.evaluation, date(plan.evaluationOn)),
      ];
  }
}

/** The plan in the pupil's own words (decision 185), first, when the plan has any: what «Planen min» shows. */
function forPupil(plan: Plan, t: DocumentTexts['plan']): Block[] {
  const words = plan.forPupil;
  const lines = [
    [t.forPupil.schoolDoes, words?.schoolDoes],
    [t.forPupil.iTry, words?.iTry],
    [t.forPupil.whoToGoTo, words?.whoToGoTo],
  ].filter((l): l is [string, string] => typeof l[1] === 'string' && l[1].trim() !== '');
  if (lines.length === 0) return [];
  return [{ kind: 'heading', text: t.forPupil.heading }, ...lines.flatMap(([label, text]) => field(label, text))];
}

/** The plan as a PDF, with pupil, class and school from the case (they are not in the plan). */
export function planPdf(input: PlanPdfInput): Promise<Uint8Array> {
  const { plan, language } = input;
  const t = documentTexts(language);
  const date = (iso: string | null | undefined) => (iso ? documentDate(iso, language) : t.notSet);
  const title = `${t.plan.kind[plan.kind]} ${documentDate(plan.date, language)}`;
  const status = t.plan.status[input.status];
  return renderPdf({
    title,
    createdAt: input.createdAt,
    footer: `${input.schoolName ?? t.theSchool} · ${t.plan.footer(title, input.version, status)} · ${t.confidential}`,
    blocks: [
      {
        kind: 'paragraph',
        text: `${input.schoolName ? `${input.schoolName}\n` : ''}${t.plan.printed(date(input.printedOn))}`,
      },
      { kind: 'heading', text: `${t.pupil(input.pupilName)}${input.className ? t.inClass(input.className) : ''}` },
      { kind: 'paragraph', text: t.plan.dateLine(date(plan.date), status, input.version) },
      ...forPupil(plan, t.plan),
      ...body(plan, t.plan, date),
    ],
  });
}
