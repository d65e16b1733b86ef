import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { MEETING_TYPES, PLAN_KINDS } from '../../../domain/ladder/ladder-schema';
import { getIn, type Path } from './draft';
import { type Bind, ChoiceField } from './fields';

/** The work in a case that ticks a task by itself (decision 112), as the ladder file writes it in `doneBy`. */
type Work = { type: string; meetingType?: string; form?: string; plan?: string; to?: string[] };

export type FormChoice = { id: string; title: string };

const code = (w: Work): string =>
  w.type === 'meeting'
    ? `meeting:${w.meetingType}`
    : w.type === 'form'
      ? `form:${w.form}`
      : w.type === 'plan'
        ? `plan:${w.plan}`
        : w.type;

function work(choice: string): Work {
  const [type, arg] = choice.split(':') as [string, string | undefined];
  if (type === 'meeting') return { type, meetingType: arg! };
  if (type === 'form') return { type, form: arg! };
  if (type === 'plan') return { type, plan: arg! };
  return { type };
}

/**
 * «Krysses av når …» for one task of the ladder form: the one piece of work that ticks it (a meeting of a kind held,
 * a form filled, a plan activated, a consent given, a referral sent) or none, written as the task's `doneBy`. A task
 * whose file names more than one, or a referral to named services, keeps them as they are, listed read-only; the
 * task's `action` is never touched here (it says what the task does, decision 112).
 */
export function TaskTicks({ bind, at, forms }: { bind: Bind; at: Path; forms: readonly FormChoice[] }) {
  const { t } = useTranslation();
  const path: Path = [...at, 'doneBy'];
  const current = (getIn(bind.draft, path) as Work[] | undefined) ?? [];
  const label = (w: Work): string => {
    if (w.type === 'meeting')
      return t('ladders.tickMeeting', { kind: t(`cases.kind_${w.meetingType}` as 'cases.kind_samarbeidsmote') });
    if (w.type === 'form') return t('ladders.tickForm', { form: forms.find((f) => f.id === w.form)?.title ?? w.form });
    if (w.type === 'plan')
      return t('ladders.tickPlan', { plan: t(`ladders.plan_${w.plan}` as 'ladders.plan_tiltaksplan') });
    return t(w.type === 'consent' ? 'ladders.tickConsent' : 'ladders.tickReferral');
  };
  const editable =
    current.length === 0 ||
    (current.length === 1 && JSON.stringify(work(code(current[0]!))) === JSON.stringify(current[0]));
  if (!editable)
    return <Paragraph data-size="sm">{t('ladders.ticksKept', { list: current.map(label).join('; ') })}</Paragraph>;
  const choices: Work[] = [
    ...MEETING_TYPES.map((meetingType) => ({ type: 'meeting', meetingType })),
    ...forms.map((f) => ({ type: 'form', form: f.id })),
    ...PLAN_KINDS.map((plan) => ({ type: 'plan', plan })),
    { type: 'consent' },
    { type: 'referral' },
  ];
  return (
    <ChoiceField
      bind={bind}
      path={path}
      label={t('ladders.ticks')}
      value={current[0] ? code(current[0]) : ''}
      options={[['', t('ladders.tickNone')], ...choices.map((w): [string, string] => [code(w), label(w)])]}
      onChange={(choice) => bind.set(path, choice ? [work(choice)] : undefined)}
    />
  );
}
