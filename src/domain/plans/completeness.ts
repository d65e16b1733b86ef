import {
  problem,
  type Dagsplan,
  type IllnessTeaching,
  type Measure,
  type Plan,
  type Problem,
  type ReturnPlan,
  type Samarbeidsavtale,
  type Tiltaksplan,
} from './plan-schema';

// What must be filled in before a plan can be activated: the fields of the source template, plus the
// dates that make it evaluable (004 §4: «Sørg for at planen lar seg evaluere»). A draft may lack them.

type Path = (string | number)[];
const blank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

function required(problems: Problem[], path: Path, value: unknown, what = 'mangler'): void {
  if (blank(value)) problems.push(problem(path, what));
}

function nonEmptyTexts(problems: Problem[], path: Path, values: readonly string[], none: string): void {
  if (values.length === 0) problems.push(problem(path, none));
  values.forEach((v, i) => required(problems, [...path, i], v, 'kan ikke være tom'));
}

function measure(problems: Problem[], m: Measure, at: Path): void {
  required(problems, [...at, 'description'], m.description);
  required(problems, [...at, 'planB'], m.planB, 'mangler: skriv konkret hva som skal gjøres om tiltaket ikke virker');
  required(problems, [...at, 'responsible'], m.responsible, 'mangler: hvem har ansvaret for tiltaket?');
  if (m.attendanceReduction)
    required(
      problems,
      [...at, 'attendanceReduction', 'description'],
      m.attendanceReduction.description,
      'mangler: skriv hvilke timer, dager, fag eller aktiviteter det gjelder',
    );
  if (m.homeSchooling) required(problems, [...at, 'homeSchooling', 'explanation'], m.homeSchooling.explanation);
}

function tiltaksplan(p: Tiltaksplan): Problem[] {
  const problems: Problem[] = [];
  required(problems, ['longTermGoal'], p.longTermGoal);
  nonEmptyTexts(problems, ['subGoals'], p.subGoals, 'minst ett delmål');
  if (p.period.to < p.period.from) problems.push(problem(['period', 'to'], 'kan ikke være før startdatoen'));
  required(problems, ['statusAndEvaluation'], p.statusAndEvaluation);
  required(problems, ['timetableAndAttendance'], p.timetableAndAttendance);
  if (p.measures.length === 0) problems.push(problem(['measures'], 'minst ett tiltak'));
  p.measures.forEach((m, i) => measure(problems, m, ['measures', i]));
  // 000 §6.2.2: «til slutt en dato for når tiltakene skal evalueres».
  if (p.nextMeetingOn === null)
    problems.push(problem(['nextMeetingOn'], 'mangler: sett dato for neste møte, der tiltakene evalueres'));
  else if (p.nextMeetingOn < p.date) problems.push(problem(['nextMeetingOn'], 'kan ikke være før planens dato'));
  return problems;
}

function samarbeidsavtale(p: Samarbeidsavtale): Problem[] {
  const problems: Problem[] = [];
  required(problems, ['status'], p.status);
  required(problems, ['mainGoal'], p.mainGoal);
  if (p.rows.length === 0) problems.push(problem(['rows'], 'minst én rad med delmål, tiltak, ansvar og frist'));
  p.rows.forEach((r, i) => {
    required(problems, ['rows', i, 'subGoal'], r.subGoal);
    required(problems, ['rows', i, 'measure'], r.measure);
    required(problems, ['rows', i, 'responsible'], r.responsible);
    if (r.deadline === null) problems.push(problem(['rows', i, 'deadline'], 'mangler'));
  });
  required(problems, ['planB'], p.planB, 'mangler: skriv hva som skal gjøres om tiltakene ikke virker');
  if (p.evaluationOn === null)
    problems.push(problem(['evaluationOn'], 'mangler: avtalen skal evalueres innenfor et gitt tidsrom'));
  else if (p.evaluationOn <= p.date) problems.push(problem(['evaluationOn'], 'må være etter avtalens dato'));
  return problems;
}

function dagsplan(p: Dagsplan): Problem[] {
  const problems: Problem[] = [];
  required(problems, ['appliesTo'], p.appliesTo, 'mangler: skriv hvilke dager planen gjelder');
  if (p.rows.length === 0) problems.push(problem(['rows'], 'minst én rad'));
  p.rows.forEach((r, i) => {
    required(problems, ['rows', i, 'where'], r.where);
    required(problems, ['rows', i, 'what'], r.what);
    required(problems, ['rows', i, 'responsible'], r.responsible);
    if (r.to && r.to <= r.from) problems.push(problem(['rows', i, 'to'], `må være etter ${r.from}`));
    const before = p.rows[i - 1];
    if (before && r.from < (before.to ?? before.from))
      problems.push(problem(['rows', i, 'from'], `starter før rad ${i} er ferdig (${before.to ?? before.from})`));
  });
  return problems;
}

function returnPlan(p: ReturnPlan): Problem[] {
  const problems: Problem[] = [];
  required(problems, ['goal'], p.goal);
  required(problems, ['arena'], p.arena, 'mangler: bli enige om arena for tilbakeføring');
  if (p.steps.length === 0) problems.push(problem(['steps'], 'minst ett steg'));
  p.steps.forEach((s, i) => {
    for (const key of ['where', 'when', 'what', 'who'] as const) required(problems, ['steps', i, key], s[key]);
    required(
      problems,
      ['steps', i, 'moveOnWhen'],
      s.moveOnWhen,
      'mangler: planen må være konkret og målbar – skriv hva som skal til før neste steg',
    );
    if (s.schoolTasks.length === 0) problems.push(problem(['steps', i, 'schoolTasks'], 'minst én oppgave for skolen'));
    for (const key of ['pupilTasks', 'guardianTasks', 'schoolTasks'] as const)
      s[key].forEach((t, j) => required(problems, ['steps', i, key, j], t, 'kan ikke være tom'));
    if (s.to < s.from) problems.push(problem(['steps', i, 'to'], 'kan ikke være før startdatoen'));
    const before = p.steps[i - 1];
    if (before && s.from <= before.to)
      problems.push(problem(['steps', i, 'from'], `må være etter at steg ${i} slutter`));
  });
  if (p.attendanceReduction)
    required(problems, ['attendanceReduction', 'description'], p.attendanceReduction.description);
  if (p.evaluationOn === null) problems.push(problem(['evaluationOn'], 'mangler'));
  return problems;
}

function illness(p: IllnessTeaching): Problem[] {
  const problems: Problem[] = [];
  required(problems, ['condition'], p.condition);
  required(problems, ['expectedAbsence', 'description'], p.expectedAbsence.description);
  if (p.expectedAbsence.until !== null && p.expectedAbsence.until < p.expectedAbsence.from)
    problems.push(problem(['expectedAbsence', 'until'], 'kan ikke være før startdatoen'));
  required(
    problems,
    ['assessment'],
    p.assessment,
    'mangler: vurder konkret om sykdommen gjør at eleven ikke får oppfylt retten til opplæring',
  );
  required(problems, ['teaching'], p.teaching, 'mangler: beskriv opplæringen eleven skal få');
  if (p.place === 'annet') required(problems, ['placeDescription'], p.placeDescription);
  if (p.evaluationOn === null) problems.push(problem(['evaluationOn'], 'mangler'));
  return problems;
}

/** The fields a plan must have filled before it can be activated, with Norwegian problems naming each. */
export function completenessProblems(plan: Plan): Problem[] {
  switch (plan.kind) {
    case 'tiltaksplan':
      return tiltaksplan(plan);
    case 'samarbeidsavtale':
      return samarbeidsavtale(plan);
    case 'dagsplan':
      return dagsplan(plan);
    case 'gradvis-tilbakeforing':
      return returnPlan(plan);
    case 'opplaering-ved-sykdom':
      return illness(plan);
  }
}
