import { Checkbox, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { healthApi, type PartnerChecklistResponse } from '../../../api';
import { useUser } from '../../../auth';
import { HeatMap } from '../../../components/HeatMap';
import { formatDateTime } from '../../../format';
import { HEALTH_PARTNER_ROLES, hasAnyRole } from '../../../roles';
import { ErrorAlert, errorMessage } from '../../../ui/ErrorAlert';
import { FailureMessage, Section } from '../../../ui/feedback';
import { Loading } from '../../../ui/Loading';
import { useSubmit } from '../../../ui/useSubmit';
import { useApi } from '../../../useApi';
import type { CaseDetail } from '../../../api';

// The health service as a partner in a case shared with her (issue 21 item 6, decisions 197–198): her own
// checklist «Helsestasjonens oppfølging», and the pupil's absence calendar, read-only, drawn by the pupil
// page's own HeatMap. The school reads the checklist once she has ticked something.

export function HealthChecklistSection({ data }: { data: CaseDetail }) {
  const { t } = useTranslation();
  const partner = hasAnyRole(useUser(), HEALTH_PARTNER_ROLES);
  const loaded = useApi(`partner-checklist:${data.id}`, () => healthApi.checklist(data.id));
  const { busy, failure, run } = useSubmit();
  if (loaded.status === 'loading') return partner ? <Loading /> : null;
  if (loaded.status === 'error')
    return partner ? <ErrorAlert>{errorMessage(loaded.error, t('health.checklistFailed'))}</ErrorAlert> : null;
  const { checklist, mayTick } = loaded.data;
  const anyTicked = checklist?.steps.some((s) => s.ticked) ?? false;
  if (!partner && !anyTicked) return null;
  const tick = (stepId: string, done: boolean) =>
    void run(async () => {
      await healthApi.tick(data.id, stepId, done);
      await loaded.refresh();
    });
  return (
    <Section id="helsestasjonen" heading={t('health.checklistHeading')}>
      {checklist ? (
        <>
          <Paragraph data-size="sm">{t('health.checklistIntro')}</Paragraph>
          <FailureMessage failure={failure} fallback={t('health.tickFailed')} />
          <ul className="health-checklist">
            {checklist.steps.map((s) => (
              <li key={s.id}>
                <Step step={s} mayTick={mayTick && data.state.status === 'open'} busy={busy} onTick={tick} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Paragraph>{t('health.checklistNone')}</Paragraph>
      )}
    </Section>
  );
}

type StepData = NonNullable<PartnerChecklistResponse['checklist']>['steps'][number];

function Step({
  step,
  mayTick,
  busy,
  onTick,
}: {
  step: StepData;
  mayTick: boolean;
  busy: boolean;
  onTick: (id: string, done: boolean) => void;
}) {
  const { t } = useTranslation();
  const details = [
    step.options.length ? t('health.options', { list: step.options.join(', ') }) : null,
    step.ticked ? t('health.tickedBy', { name: step.ticked.byName, at: formatDateTime(step.ticked.at) }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Checkbox
      label={step.text}
      description={details || undefined}
      checked={step.ticked !== null}
      readOnly={!mayTick}
      disabled={busy && mayTick}
      onChange={(e) => mayTick && onTick(step.id, e.target.checked)}
    />
  );
}

export function HealthCalendarSection({ data }: { data: CaseDetail }) {
  const { t } = useTranslation();
  const loaded = useApi(`case-calendar:${data.id}`, () => healthApi.absenceCalendar(data.id));
  return (
    <Section focusable id="fravaerskalender" heading={t('health.calendarHeading')} named={false}>
      <Paragraph data-size="sm">{t('health.calendarIntro')}</Paragraph>
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'error' && <ErrorAlert>{errorMessage(loaded.error, t('health.calendarFailed'))}</ErrorAlert>}
      {loaded.status === 'ok' && (
        <HeatMap calendar={loaded.data.calendar} events={loaded.data.events} today={loaded.data.today} />
      )}
    </Section>
  );
}
