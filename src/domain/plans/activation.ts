import { result, type CaseFacts, type Notice, type RuleResult } from './case-facts';
import { completenessProblems } from './completeness';
import { checkGuardrails } from './legal-guardrails';
import { formatPath, labelOf, PLAN_KIND_NAMES, type Plan, type Samarbeidsavtale } from './plan-schema';
import { checkPupilVoice } from './pupil-voice';
import { checkHeard } from '../ladder/heard';
import { sevenHHints } from './seven-h';

// Activating a plan puts its measures to work. It is refused until the plan is complete, the pupil's
// voice is in the case (004 §3), the legal guardrails hold (000 §7, §6.3.3; 004 §5) and, for a
// samarbeidsavtale, home and school have signed. Warnings (the seven H-s, home schooling, triggers) never refuse.
// Activating starts the plan's measures, so it is a step that records «Elevens stemme og barnets beste» like
// the ladder's steps (decision 181), on every kind of plan (decision 204).

const SOURCES: Record<Plan['kind'], string> = {
  tiltaksplan: '000 appendiks (mal tiltaksplan)',
  samarbeidsavtale: '001 (samarbeidsavtale)',
  dagsplan: '001 (dagsplan)',
  'gradvis-tilbakeforing': '001 Del 2 §3',
  'opplaering-ved-sykdom': '004 §5',
};

/** 001: the agreement is «mellom foresatte og skole»; both sign before it applies. */
function signatures(plan: Samarbeidsavtale, asOf: string): Notice[] {
  const reasons: Notice[] = [];
  const valid = plan.signatures.filter((s) => s.name.trim() !== '' && s.signedOn <= asOf);
  if (!valid.some((s) => s.role === 'foresatt'))
    reasons.push({
      code: 'agreement-unsigned-guardian',
      source: '001 (samarbeidsavtale)',
      path: 'signatures',
      message: `${labelOf(['signatures'])}: samarbeidsavtalen må være signert av foresatte.`,
    });
  if (!valid.some((s) => s.role === 'skole'))
    reasons.push({
      code: 'agreement-unsigned-school',
      source: '001 (samarbeidsavtale)',
      path: 'signatures',
      message: `${labelOf(['signatures'])}: samarbeidsavtalen må være signert av skolen.`,
    });
  return reasons;
}

/** The step's words in the refusal: the same as the ladder's «Start tiltak» (decision 181). */
export const ACTIVATION_STEP = 'før tiltak settes i gang';

/**
 * The record activating a plan carries (decision 204): the pupil's views, or why they could not be obtained
 * and how they were sought, and the best-interest assessment — refused with the ladder's Norwegian sentence.
 */
export function activationHeard(heard: unknown): Notice | null {
  const message = checkHeard(heard, ACTIVATION_STEP);
  return message === null
    ? null
    : { code: 'heard-missing', source: 'Barnekonvensjonen art. 3 og 12, Grunnloven § 104', path: 'heard', message };
}

/**
 * Whether a plan may be activated now: ok with warnings, or refused with the Norwegian reasons the UI shows.
 * `step.heard` is the record sent with the activation; without `step` (what activation would say today, shown
 * before anyone has written the record) only the plan's own gates are asked.
 */
export function canActivatePlan(plan: Plan, facts: CaseFacts, step?: { heard: unknown }): RuleResult {
  const reasons: Notice[] = completenessProblems(plan).map((p) => ({
    code: 'incomplete',
    source: SOURCES[plan.kind],
    path: p.path,
    message: p.message,
  }));
  const warnings: Notice[] = [];
  if (step) {
    const unheard = activationHeard(step.heard);
    if (unheard) reasons.push(unheard);
  }

  const voice = checkPupilVoice(facts);
  if (!voice.ok) {
    if (plan.kind === 'opplaering-ved-sykdom') {
      // The municipality's duty to teach a sick pupil does not wait for a form; the voice is still asked for.
      warnings.push({
        code: 'pupil-voice-missing',
        source: '004 §3',
        message: `Elevens stemme er ikke registrert i saken. Hør eleven om hvordan opplæringen under sykdom skal legges opp, selv om ${PLAN_KIND_NAMES['opplaering-ved-sykdom'].toLowerCase()} ikke venter på det.`,
      });
    } else reasons.push(...voice.reasons);
  }

  const guard = checkGuardrails(plan, facts);
  if (!guard.ok) reasons.push(...guard.reasons);
  warnings.push(...guard.warnings);

  if (plan.kind === 'samarbeidsavtale') reasons.push(...signatures(plan, facts.asOf));
  if (plan.kind === 'dagsplan')
    warnings.push(
      ...sevenHHints(plan).map((h) => ({
        code: 'seven-h',
        source: '004 §4 (de sju H-ene)',
        path: h.path,
        message: h.message,
      })),
    );
  if (plan.kind === 'tiltaksplan' && (plan.triggers ?? '').trim() === '') {
    warnings.push({
      code: 'triggers-missing',
      source: '000 §6.2.2',
      path: formatPath(['triggers']),
      message: `${labelOf(['triggers'])}: tiltaksplanen bør også si noe om hvordan triggere kan unngås og/eller håndteres.`,
    });
  }
  return result(reasons, warnings);
}
