// A plan on paper, laid out after its source template (decision 064): the samarbeidsavtale with its table
// of delmål, tiltak, ansvar and frist, plan B and a line to sign for each party (001); the tiltaksplan's
// fields (000 appendix); the dagsplan's table (001); the gradual return's steps (001 Del 2 §3, 002).
import { norwegianDate } from '../../domain/plans/case-facts';
import { planTitle } from '../../domain/plans/blank';
import {
  HOME_SCHOOLING_GROUNDS,
  PRESENCE_LEVELS,
  REDUCTION_KINDS,
  SIGNATORY_ROLES,
  TEACHING_PLACES,
  type Plan,
} from '../../domain/plans/plan-schema';
import { renderPdf, type PdfBlock, type PdfLayoutBlock } from './document';

type Block = PdfBlock | PdfLayoutBlock;
export type PlanPdfInput = {
  plan: Plan;
  status: string;
  version: number;
  pupilName: string;
  /** Null: left out (a protected child's plan downloaded by a guardian, decision 154). */
  className: string | null;
  schoolName: string | null;
  printedOn: string;
  createdAt: Date;
};

const date = (iso: string | null | undefined) => (iso ? norwegianDate(iso) : 'ikke satt');
const or = (text: string | undefined | null, none = '–') => (text && text.trim() !== '' ? text : none);
const field = (label: string, value: string): Block[] => [
  { kind: 'paragraph', text: label, bold: true },
  { kind: 'paragraph', text: value },
];
const list = (items: readonly string[]) => (items.length ? items.map((t) => `• ${t}`).join('\n') : '–');

function body(plan: Plan): Block[] {
  switch (plan.kind) {
    case 'samarbeidsavtale': {
      const parties = plan.signatures.length
        ? plan.signatures.map((s) => `${SIGNATORY_ROLES[s.role]}: ${or(s.name)}`)
        : ['Foresatte', 'Skolen'];
      return [
        ...field('Status (beskrivelse av nåværende situasjon)', or(plan.status)),
        ...field('Hovedmål', or(plan.mainGoal)),
        {
          kind: 'table',
          columns: ['Delmål', 'Tiltak', 'Ansvar', 'Frist'],
          widths: [3, 4, 2, 1.4],
          rows: plan.rows.map((r) => [r.subGoal, r.measure, r.responsible, date(r.deadline)]),
        },
        ...field('Plan B', or(plan.planB)),
        ...field('Evaluering', `Avtalen evalueres ${date(plan.evaluationOn)}.`),
        { kind: 'heading', text: 'Underskrifter' },
        { kind: 'signatures', labels: parties },
      ];
    }
    case 'tiltaksplan':
      return [
        ...field('Langsiktig mål', or(plan.longTermGoal)),
        ...field('Delmål', list(plan.subGoals)),
        ...field('Periode', `${date(plan.period.from)} – ${date(plan.period.to)}`),
        ...field('Ståsted og evaluering av tidligere tiltak', or(plan.statusAndEvaluation)),
        ...field('Timeplan og tilstedeværelse', or(plan.timetableAndAttendance)),
        {
          kind: 'table',
          columns: ['Tiltak', 'Tiltak plan B', 'Ansvar'],
          widths: [4, 4, 2],
          rows: plan.measures.map((m) => [m.description, m.planB, m.responsible]),
        },
        ...plan.measures.flatMap((m, i): Block[] => [
          ...(m.attendanceReduction
            ? field(
                `Tiltak ${i + 1}: redusert oppmøteplikt`,
                `${REDUCTION_KINDS[m.attendanceReduction.kind]}: ${or(m.attendanceReduction.description)}`,
              )
            : []),
          ...(m.homeSchooling
            ? field(
                `Tiltak ${i + 1}: hjemmeundervisning`,
                `${HOME_SCHOOLING_GROUNDS[m.homeSchooling.grounds]}. ${or(m.homeSchooling.explanation, '')}`,
              )
            : []),
        ]),
        ...field('Triggere', or(plan.triggers)),
        ...field('Neste møte', date(plan.nextMeetingOn)),
      ];
    case 'dagsplan':
      return [
        ...field('Gjelder', or(plan.appliesTo)),
        {
          kind: 'table',
          columns: ['Tidspunkt', 'Hvor', 'Hva skjer', 'Ansvar'],
          widths: [1.4, 2, 4, 2],
          rows: plan.rows.map((r) => [r.to ? `${r.from}–${r.to}` : r.from, r.where, r.what, r.responsible]),
        },
      ];
    case 'gradvis-tilbakeforing':
      return [
        ...field('Mål', or(plan.goal)),
        ...field('Arena for tilbakeføring', or(plan.arena)),
        ...plan.steps.flatMap((s, i): Block[] => [
          {
            kind: 'heading',
            text: `Steg ${i + 1}: ${date(s.from)} – ${date(s.to)} (${s.attendance === 'hel' ? 'hel skoledag' : 'delvis oppmøte'})`,
          },
          { kind: 'table', columns: ['Hvor?', 'Når?', 'Hva?', 'Hvem?'], rows: [[s.where, s.when, s.what, s.who]] },
          {
            kind: 'table',
            columns: ['Eleven skal', 'Foresatte skal', 'Skolen skal'],
            rows: [[list(s.pupilTasks), list(s.guardianTasks), list(s.schoolTasks)]],
          },
          ...field('Neste steg når', or(s.moveOnWhen)),
        ]),
        ...(plan.attendanceReduction
          ? field(
              'Redusert oppmøteplikt',
              `${REDUCTION_KINDS[plan.attendanceReduction.kind]}: ${or(plan.attendanceReduction.description)}`,
            )
          : []),
        ...field('Evaluering', date(plan.evaluationOn)),
        { kind: 'signatures', labels: ['Foresatte', 'Skolen'] },
      ];
    case 'opplaering-ved-sykdom':
      return [
        ...field('Tilstedeværelse på skolen etter legeerklæringen', PRESENCE_LEVELS[plan.presenceAtSchool]),
        ...field('Elevens tilstand', or(plan.condition)),
        ...field(
          'Forventet fravær',
          `${date(plan.expectedAbsence.from)} – ${plan.expectedAbsence.until ? date(plan.expectedAbsence.until) : 'uavklart'}: ${or(plan.expectedAbsence.description)}`,
        ),
        ...field('Vurdering', or(plan.assessment)),
        ...field(
          'Sted for opplæringen',
          `${TEACHING_PLACES[plan.place]}${plan.placeDescription ? `: ${plan.placeDescription}` : ''}`,
        ),
        ...field('Opplæringen', or(plan.teaching)),
        ...(plan.schoolOffer ? field('Tilbudet på skolen', plan.schoolOffer) : []),
        ...field('Fulgt opp av', or(plan.followedUpBy)),
        ...field('Evaluering', date(plan.evaluationOn)),
      ];
  }
}

/** The plan as a PDF, with pupil, class and school from the case (they are not in the plan). */
export function planPdf(input: PlanPdfInput): Promise<Uint8Array> {
  const { plan } = input;
  return renderPdf({
    title: planTitle(plan),
    createdAt: input.createdAt,
    footer: `${input.schoolName ?? 'Skolen'} · ${planTitle(plan)}, versjon ${input.version} (${input.status.toLowerCase()}) · Unntatt offentlighet, jf. offl. § 13 og fvl. § 13`,
    blocks: [
      {
        kind: 'paragraph',
        text: `${input.schoolName ? `${input.schoolName}\n` : ''}Skrevet ut ${date(input.printedOn)}`,
      },
      { kind: 'heading', text: `Elev: ${input.pupilName}${input.className ? `, klasse ${input.className}` : ''}` },
      { kind: 'paragraph', text: `Dato: ${date(plan.date)} · Status: ${input.status} · Versjon ${input.version}` },
      ...body(plan),
    ],
  });
}
