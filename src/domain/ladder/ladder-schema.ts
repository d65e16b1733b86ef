import { z } from 'zod';
import { OUTCOMES, REFERRAL_SERVICES } from './ladder-lists';

export { OUTCOMES, REFERRAL_SERVICES };
import type { Outcome, ReferralService } from './ladder-lists';
export type { Outcome, ReferralService };

// A ladder (tiltakstrapp) is a municipality's follow-up method for concerning absence, kept as data
// (content/ladders) so that a municipality can adapt its own without a release. This schema is the
// contract for that data; every error names the file, the level, the task and the field in Norwegian.

/**
 * Who a task or outcome falls to. The codes the app has as user roles (src/db: role_assignment) are
 * spelled the same here; the rest (assistent, fastlege, avdelingsdirektør, the teams, the family) are
 * people the checklist names but who may not log in.
 */
export const LADDER_ROLES = {
  kontaktlaerer: 'Kontaktlærer',
  faglaerer: 'Faglærer',
  assistent: 'Assistent',
  skoleledelse: 'Skoleledelsen',
  ressursteam: 'Ressursteam',
  naervaersteam: 'Nærværsteam',
  's-team': 'S-team',
  helsesykepleier: 'Helsesykepleier',
  kommunepsykolog: 'Kommunepsykolog',
  fastlege: 'Fastlege',
  ppt: 'PPT',
  bup: 'BUP',
  barnevern: 'Barneverntjenesten',
  avdelingsdirektor: 'Avdelingsdirektør',
  ansvarsgruppe: 'Ansvarsgruppa',
  'storste-tjenesteyter': 'Største tjenesteyter i saken',
  foresatte: 'Foresatte',
  elev: 'Eleven',
} as const;
export type LadderRole = keyof typeof LADDER_ROLES;
const ROLE_CODES = Object.keys(LADDER_ROLES) as [LadderRole, ...LadderRole[]];

export const MEETING_TYPES = [
  'undringssamtale-elev',
  'undringssamtale-foresatte',
  'samarbeidsmote',
  'naervaersteam',
  'ansvarsgruppemote',
] as const;
export const PLAN_KINDS = ['tiltaksplan', 'samarbeidsavtale', 'individuell-plan'] as const;
export const NOTICE_RECIPIENTS = ['foresatte', 'skoleledelse', 'avdelingsdirektor'] as const;

const slug = z
  .string({ error: 'mangler' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'bare små bokstaver a–z, sifre og bindestrek' });
const text = (missing = 'mangler') => z.string({ error: missing }).trim().min(1, { error: 'kan ikke være tom' });
const texts = z.array(text(), { error: 'må være en liste av tekster' });
const role = z.enum(ROLE_CODES, {
  error: (i) => `ukjent rolle «${String(i.input)}» (gyldige: ${ROLE_CODES.join(', ')})`,
});
const roles = z.array(role, { error: 'må være en liste av roller' }).min(1, { error: 'minst én ansvarlig rolle' });
// Every choice made when turning prose into data, written next to the item.
const interpretation = z.array(z.string(), { error: 'må være en liste av tekster' }).default([]);

// Objects refuse unknown fields (a typo must not pass silently) and say so in Norwegian.
function obj<T extends z.ZodRawShape>(shape: T, what = 'et objekt') {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `ukjent felt ${issue.keys.map((k) => `«${k}»`).join(', ')}`
        : issue.input === undefined
          ? 'mangler'
          : `må være ${what}`,
  });
}

// What a plan task and a referral task name, the same in a task's action and in the work that ticks it.
const planKind = z.enum(PLAN_KINDS, { error: `må være en av ${PLAN_KINDS.join(', ')}` });
// `to` omitted = the service is chosen when referring.
const referralTo = z
  .array(z.enum(REFERRAL_SERVICES, { error: `må være en av ${REFERRAL_SERVICES.join(', ')}` }), {
    error: 'må være en liste av tjenester',
  })
  .min(1, { error: 'minst én tjeneste' })
  .optional();

// What a task does beyond being ticked off, so the app can link it to the right form and guard it.
const actionSchema = z.discriminatedUnion(
  'type',
  [
    obj({
      type: z.literal('meeting'),
      meetingType: z.enum(MEETING_TYPES, { error: `må være en av ${MEETING_TYPES.join(', ')}` }),
    }),
    obj({
      type: z.literal('written-notice'),
      to: z.enum(NOTICE_RECIPIENTS, { error: `må være en av ${NOTICE_RECIPIENTS.join(', ')}` }),
    }),
    obj({ type: z.literal('plan'), plan: planKind }),
    obj({ type: z.literal('consent') }),
    obj({ type: z.literal('referral'), to: referralTo }),
    obj({ type: z.literal('evaluation') }),
    // A report of concern to the child welfare service: only with a documented holistic assessment.
    obj({ type: z.literal('child-welfare-report') }),
  ],
  {
    error:
      'må være «meeting», «written-notice», «plan», «consent», «referral», «evaluation» eller «child-welfare-report»',
  },
);
export type TaskAction = z.output<typeof actionSchema>;

// Work done in the case that ticks a task by itself (decision 112). A task with an action of the same
// kind is ticked by it without saying so; `doneBy` names other work (a form filled, a meeting of
// another kind) in the data, so a kommune can say what counts without a release.
const workSchema = z.discriminatedUnion(
  'type',
  [
    obj({
      type: z.literal('meeting'),
      meetingType: z.enum(MEETING_TYPES, { error: `må være en av ${MEETING_TYPES.join(', ')}` }),
    }),
    obj({ type: z.literal('form'), form: slug }),
    obj({ type: z.literal('plan'), plan: planKind }),
    obj({ type: z.literal('consent') }),
    obj({ type: z.literal('referral'), to: referralTo }),
  ],
  { error: 'må være «meeting», «form», «plan», «consent» eller «referral»' },
);
export type TaskWork = z.output<typeof workSchema>;
/** The task action as content declares it, for the API contract (src/contract/cases.ts). */
export { actionSchema as taskActionSchema };

// A task that is not done once but every week: «Kontaktlærer har ukentlig kontakt med eleven/heimen» (000 §5,
// nivå 2 og 3). The contact log closes each school week in which a contact with one of `with` is logged; a week
// without one is a gap on the case, the board and in the inbox (decision 193). `teamDecides`: the source makes it
// conditional («dersom dette vurderes som formålstjenlig»), so it applies only once the team has switched the
// case's weekly contact on; without it the task applies from the day the case reaches the level, until the team
// switches it off. A ladder without `recurring` is unchanged.
export const RECURRING_PARTIES = ['elev', 'foresatt'] as const;
const recurringSchema = obj(
  {
    every: z.literal('week', { error: 'må være «week» (ukentlig)' }),
    closedBy: z.literal('contact', { error: 'må være «contact» (en kontakt i kontaktloggen)' }),
    with: z
      .array(z.enum(RECURRING_PARTIES, { error: `må være en av ${RECURRING_PARTIES.join(', ')}` }), {
        error: 'må være en liste av parter',
      })
      .min(1, { error: 'minst én part (elev eller foresatt)' }),
    teamDecides: z.boolean({ error: 'må være true eller false' }).default(false),
  },
  'et objekt med «every», «closedBy» og «with»',
);
export type RecurringContact = z.output<typeof recurringSchema>;

const taskSchema = obj({
  id: slug,
  // The checklist item in the source's words.
  text: text(),
  // The task as the app shows it, where the source's words name another system («… i Visma Flyt
  // Skole»): the source's words stay in `text` and are shown under «Kilde» (decision 113).
  appText: text().optional(),
  responsible: roles,
  source: z.string().optional(),
  action: actionSchema.optional(),
  // Work in the case that ticks the task besides its action (decision 112).
  doneBy: z.array(workSchema, { error: 'må være en liste' }).optional(),
  // Due this many calendar days after the level starts, where the source sets a deadline.
  dueWithinDays: z
    .number({ error: 'må være et tall' })
    .int({ error: 'må være et helt antall dager' })
    .min(0, { error: 'kan ikke være negativ' })
    .optional(),
  options: texts.optional(),
  // Done every week, closed by the contact log (decision 193).
  recurring: recurringSchema.optional(),
  interpretation,
});

const levelSchema = obj({
  level: z
    .number({ error: 'må være et tall' })
    .int({ error: 'må være et helt tall' })
    .min(0, { error: 'kan ikke være negativ' }),
  title: text(),
  source: text('mangler (hvor i kildedokumentet nivået står)'),
  problemAreas: texts,
  goals: texts,
  tasks: z.array(taskSchema, { error: 'må være en liste' }).min(1, { error: 'minst én oppgave' }),
  evaluation: texts,
  partners: texts,
  // The level's «Ansvar» in the source's words; each task names its own roles.
  responsible: texts,
  interpretation,
});

const outcomeSchema = obj(
  {
    text: text(),
    source: text('mangler (hvor i kildedokumentet utfallet står)'),
    decidedBy: roles.optional(),
    interpretation,
  },
  'et objekt med «text» og «source»',
);

const checklistSchema = obj({
  id: slug,
  title: text(),
  partner: role,
  source: text('mangler (hvor i kildedokumentet sjekklisten står)'),
  steps: z.array(taskSchema, { error: 'må være en liste' }).min(1, { error: 'minst ett steg' }),
  notes: texts.default([]),
  interpretation,
});

export const ladderSchema = obj(
  {
    id: slug,
    name: text(),
    source: text(),
    description: z.string().optional(),
    evaluation: obj(
      {
        // 004 §4.2: «evaluerer tiltakene etter tre uker».
        defaultAfterDays: z
          .number({ error: 'må være et tall' })
          .int({ error: 'må være et helt antall dager' })
          .min(1, { error: 'minst 1 dag' }),
        source: text(),
        interpretation,
      },
      'et objekt med «defaultAfterDays» og «source»',
    ),
    outcomes: obj(
      { solved: outcomeSchema, better: outcomeSchema, 'more-needed': outcomeSchema },
      'et objekt med «solved», «better» og «more-needed»',
    ),
    levels: z.array(levelSchema, { error: 'må være en liste' }).min(1, { error: 'minst ett nivå' }),
    partnerChecklists: z.array(checklistSchema, { error: 'må være en liste' }).default([]),
    interpretation,
  },
  'et JSON-objekt',
);

export type Ladder = z.output<typeof ladderSchema>;
export type LadderLevel = Ladder['levels'][number];
export type LadderTask = LadderLevel['tasks'][number];
export type PartnerChecklist = Ladder['partnerChecklists'][number];

// A task whose words say to report to child welfare must carry a marker, so the guardrail reaches it
// in a municipality's own ladder too. «ivaretatt av … bvt» is cooperation, not a report: both a
// child-welfare word and a reporting word must be present.
const CHILD_WELFARE = /barnevern|\bbvt\b/i;
const REPORTING = /\bmeld|bekymringsmelding/i;

/** Whether completing this task reports to child welfare (always, or when that service is chosen). */
export function reportsToChildWelfare(task: LadderTask, chosenService?: ReferralService): boolean {
  if (task.action?.type === 'child-welfare-report') return true;
  if (task.action?.type === 'referral') return chosenService === 'barnevern';
  return false;
}

function marksChildWelfare(task: LadderTask): boolean {
  return (
    task.action?.type === 'child-welfare-report' ||
    (task.action?.type === 'referral' && task.action.to?.includes('barnevern') === true)
  );
}

function named(list: unknown, index: number, key: 'id' | 'level', noun: string): string {
  const item = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
  const value = item?.[key];
  if (key === 'level') return typeof value === 'number' ? `${noun} ${value}` : `${noun} nr. ${index + 1}`;
  return typeof value === 'string' ? `${noun} «${value}»` : `${noun} nr. ${index + 1}`;
}

function describePath(data: unknown, path: readonly PropertyKey[]): string {
  // Name the level by its number and the task by its id, so the author finds them in the file.
  const root = data as { levels?: unknown; partnerChecklists?: unknown } | null;
  const parts: string[] = [];
  let rest = path;
  if ((path[0] === 'levels' || path[0] === 'partnerChecklists') && typeof path[1] === 'number') {
    const isLevel = path[0] === 'levels';
    const list = isLevel ? root?.levels : root?.partnerChecklists;
    parts.push(named(list, path[1], isLevel ? 'level' : 'id', isLevel ? 'nivå' : 'sjekkliste'));
    const container = Array.isArray(list) ? (list[path[1]] as Record<string, unknown> | undefined) : undefined;
    const child = isLevel ? 'tasks' : 'steps';
    if (path[2] === child && typeof path[3] === 'number') {
      parts.push(named(container?.[child], path[3], 'id', isLevel ? 'oppgave' : 'steg'));
      rest = path.slice(4);
    } else rest = path.slice(2);
  }
  const field = rest.map(String).join('.');
  if (field) parts.push(field);
  return parts.join(': ') || '(tiltakstrappen)';
}

/** One problem in ladder data: the path into the data, as zod gives it, and why in Norwegian. */
export type LadderIssue = { path: (string | number)[]; message: string };

/**
 * Every problem in ladder data, each with its path: the schema's, then what the schema cannot say (levels
 * numbered without gaps, task ids unique, the child-welfare marker). The screen's form puts each under its field;
 * `parseLadder` writes them as lines for a file.
 */
export function ladderIssues(data: unknown): { issues: LadderIssue[]; ladder: Ladder | null } {
  const result = ladderSchema.safeParse(data);
  if (!result.success)
    return {
      issues: result.error.issues.map((i) => ({
        path: i.path.filter((k): k is string | number => typeof k !== 'symbol'),
        message: i.message,
      })),
      ladder: null,
    };
  const ladder = result.data;
  const issues: LadderIssue[] = [];
  const seen = new Set<string>();
  const checkTask = (task: LadderTask, at: (string | number)[]) => {
    if (seen.has(task.id))
      issues.push({ path: [...at, 'id'], message: 'brukt av mer enn én oppgave i tiltakstrappen' });
    seen.add(task.id);
    if (CHILD_WELFARE.test(task.text) && REPORTING.test(task.text) && !marksChildWelfare(task)) {
      issues.push({
        path: [...at, 'action'],
        message:
          'teksten sier at det meldes til barneverntjenesten; merk oppgaven med {"type": "child-welfare-report"} eller en henvisning med "barnevern" i "to", så sperren for bekymringsmelding gjelder',
      });
    }
  };
  ladder.levels.forEach((level, i) => {
    // The state machine steps one level at a time, so the levels are 0, 1, 2 … with no gaps.
    if (level.level !== i)
      issues.push({
        path: ['levels', i, 'level'],
        message: `nivåene må være nummerert 0, 1, 2 … i rekkefølge (ventet ${i})`,
      });
    level.tasks.forEach((task, j) => checkTask(task, ['levels', i, 'tasks', j]));
  });
  const checklists = new Set<string>();
  ladder.partnerChecklists.forEach((list, i) => {
    if (checklists.has(list.id))
      issues.push({ path: ['partnerChecklists', i, 'id'], message: 'brukt av mer enn én sjekkliste' });
    checklists.add(list.id);
    list.steps.forEach((step, j) => {
      checkTask(step, ['partnerChecklists', i, 'steps', j]);
      // The weekly contact is the case's (the status and the board show it); a partner's checklist step is ticked once.
      if (step.recurring)
        issues.push({
          path: ['partnerChecklists', i, 'steps', j, 'recurring'],
          message: 'ukentlig kontakt hører til en oppgave på et nivå, ikke et steg i en samarbeidspartners sjekkliste',
        });
    });
  });
  return { issues, ladder: issues.length === 0 ? ladder : null };
}

/** Validates ladder data; errors are Norwegian lines `FIL: nivå N: oppgave «id»: felt: årsak`. */
export function parseLadder(
  data: unknown,
  fileName: string,
): { ok: true; ladder: Ladder } | { ok: false; errors: string[] } {
  const { issues, ladder } = ladderIssues(data);
  if (ladder) return { ok: true, ladder };
  return { ok: false, errors: issues.map((i) => `${fileName}: ${describePath(data, i.path)}: ${i.message}`) };
}

/** The highest level of a ladder (3 for the Saltdal tiltakstrapp). */
export function topLevel(ladder: Ladder): number {
  return ladder.levels.length - 1;
}

/** A task of the ladder by id, in its levels or its partners' checklists. */
export function findTask(ladder: Ladder, taskId: string): LadderTask | undefined {
  for (const level of ladder.levels) {
    const task = level.tasks.find((t) => t.id === taskId);
    if (task) return task;
  }
  for (const list of ladder.partnerChecklists) {
    const step = list.steps.find((t) => t.id === taskId);
    if (step) return step;
  }
  return undefined;
}
