import { Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { FormButtons } from '../ui/FormButtons';
import { InlinePanel } from '../ui/InlinePanel';
import { FailureMessage, Section } from '../ui/feedback';
import { useSubmit } from '../ui/useSubmit';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { ApiError, caseApi } from '../api';
import type { Alert } from '../api';

/** The open case a 409 names (`error.details.caseId`), if any. */
function existingCaseId(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const caseId = error.details?.caseId;
  return typeof caseId === 'string' ? caseId : null;
}

type OpenCaseFormProps = {
  pupilId: string;
  from: 'alert' | 'undring';
  alertId?: string;
  initialReason?: string;
  onCancel(): void;
};

/** What was seen, heard or observed, then `POST /api/cases` and on to the new case; a pupil's open case is linked to instead. */
function OpenCaseForm({ pupilId, from, alertId, initialReason = '', onCancel }: OpenCaseFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [reason, setReason] = useState(initialReason);
  const [problem, setProblem] = useState<string | undefined>();
  const { busy, failure, run } = useSubmit();
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const field = ref.current;
    if (!field) return;
    field.focus();
    // The reason from an alert is a start: the caret goes after it, ready for what the user adds.
    field.setSelectionRange(field.value.length, field.value.length);
  }, []);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) {
      setProblem(t('caseOpen.missingReason'));
      ref.current?.focus();
      return;
    }
    setProblem(undefined);
    void run(async () => {
      const { id } = await caseApi.open({ pupilId, from, ...(alertId ? { alertId } : {}), reason: reason.trim() });
      // Nothing waits for the new page: this component is gone once it shows.
      void navigate(`/sak/${encodeURIComponent(id)}`);
    });
  }

  const existing = failure ? existingCaseId(failure.error) : null;
  return (
    <form className="stack-form inline-panel" onSubmit={submit} noValidate>
      <FailureMessage failure={failure} fallback={t('caseOpen.openFailed')} />
      {existing && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={`/sak/${encodeURIComponent(existing)}`}>{t('caseOpen.existingCase')}</RouterLink>
          </Link>
        </Paragraph>
      )}
      <Textfield
        ref={ref}
        multiline
        rows={3}
        label={t('caseOpen.reasonLabel')}
        description={t('caseOpen.reasonHelp')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={problem}
      />
      <FormButtons busy={busy} submit={t('caseOpen.openSubmit')} onCancel={onCancel} />
    </form>
  );
}

/**
 * "Opprett sak" on a concern, open or already handled (calling home first is the routine's first step):
 * its rules and explanations start the reason, and the case names the lead alert. Opening it handles
 * the pupil's open alerts (decision 026).
 */
export function OpenCaseFromAlerts({
  pupilId,
  pupilName,
  alerts,
}: {
  pupilId: string;
  pupilName: string;
  alerts: Alert[];
}) {
  const { t } = useTranslation();
  const lead = alerts[0];
  if (!lead) return null;
  return (
    <div className="open-case">
      <InlinePanel
        highlightOpen
        label={
          <>
            {t('caseOpen.openFromAlert')}
            <span className="ds-sr-only">
              {' '}
              – {pupilName}: {lead.ruleTitle}
            </span>
          </>
        }
      >
        {(panel) => (
          <OpenCaseForm
            pupilId={pupilId}
            from="alert"
            alertId={lead.id}
            initialReason={t('caseOpen.reasonFromAlert', {
              rule: alerts.map((a) => a.ruleTitle).join('; '),
              explanation: alerts.map((a) => a.explanation).join(' '),
            })}
            onCancel={panel.close}
          />
        )}
      </InlinePanel>
    </div>
  );
}

/**
 * What a handled alert offers for a case: «Gå til saken» when the pupil has an open case (the alert says so,
 * `openCaseId`), else «Opprett sak» — never a form that would fail on submit because a case exists.
 */
export function AlertCaseAction({
  pupilId,
  pupilName,
  alerts,
}: {
  pupilId: string;
  pupilName: string;
  alerts: Alert[];
}) {
  const { t } = useTranslation();
  const caseId = alerts.find((a) => a.openCaseId)?.openCaseId;
  if (caseId)
    return (
      <Paragraph className="open-case">
        <Link asChild>
          <RouterLink to={`/sak/${encodeURIComponent(caseId)}`}>
            {t('concerns.toCase')}
            <span className="ds-sr-only"> {t('concerns.forWho', { name: pupilName })}</span>
          </RouterLink>
        </Link>
      </Paragraph>
    );
  return <OpenCaseFromAlerts pupilId={pupilId} pupilName={pupilName} alerts={alerts} />;
}

/** "Opprett sak (undring)" on the pupil page: a case opened by hand from what someone noticed. */
export function OpenCaseByUndring({ pupilId }: { pupilId: string }) {
  const { t } = useTranslation();
  return (
    <Section id="undring" heading={t('caseOpen.undringHeading')}>
      <Paragraph data-size="sm">{t('caseOpen.undringHelp')}</Paragraph>
      <InlinePanel label={t('caseOpen.openUndring')} highlightOpen>
        {(panel) => <OpenCaseForm pupilId={pupilId} from="undring" onCancel={panel.close} />}
      </InlinePanel>
    </Section>
  );
}
