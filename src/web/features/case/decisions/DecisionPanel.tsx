import { Button, Heading } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionApi } from '../../../api';
import { useUser } from '../../../auth';
import type { CaseDetail, DecisionDto, DecisionSummary, ListDecisionsResponse } from '../../../api';
import { PrintInLanguages } from '../../../components/PrintInLanguages';
import { downloadBlob } from '../../../ui/download';
import { FailureMessage, useFailure } from '../../../ui/feedback';
import { useSubmit } from '../../../ui/useSubmit';
import { DecisionRecord } from './DecisionRecord';
import { DecisionSteps } from './DecisionSteps';
import { DraftForm } from './DraftForm';

/** The parts of a decision a step changes: announce it, and fetch the list and the case's log again. */
export type DecisionChanged = (text: string) => Promise<void>;

/** One decision opened in place: what has happened, the draft while it may change, the steps open now, the letters. */
export function DecisionPanel({
  caseData,
  list,
  summary,
  onChanged,
}: {
  caseData: CaseDetail;
  list: ListDecisionsResponse;
  summary: DecisionSummary;
  onChanged: DecisionChanged;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const [decision, setDecision] = useState<DecisionDto | null>(null);
  const { failure, fail } = useFailure();
  const load = useCallback(async () => {
    try {
      setDecision((await decisionApi.get(caseData.id, summary.id)).decision);
    } catch (error) {
      fail(error);
    }
  }, [caseData.id, summary.id, fail]);
  // Read again when the decision has moved (a new version in the list).
  useEffect(() => {
    void load();
  }, [load, summary.version]);

  if (!decision) return <FailureMessage failure={failure} fallback={t('decisions.loadFailed')} />;
  const kind = list.kinds.find((k) => k.id === decision.kind);
  const confirmNeeded = caseData.pupil.protectedAddress !== 'none' && user.roles.some((r) => r.role === 'skoleledelse');
  const changed = async (next: DecisionDto, text: string) => {
    setDecision(next);
    await onChanged(text);
  };
  return (
    <div className="plan-panel decision-panel">
      <DecisionRecord decision={decision} kind={kind} />
      {decision.canEdit && (
        <DraftForm caseData={caseData} list={list} decision={decision} kind={kind} onChanged={changed} />
      )}
      <DecisionSteps caseId={caseData.id} decision={decision} confirmNeeded={confirmNeeded} onChanged={changed} />
      <div className="button-row">
        {decision.notice && (
          <PrintButton
            label={t('decisions.printNotice')}
            print={() => decisionApi.pdf(caseData.id, decision.id, 'notice')}
            fileName="forhandsvarsel.pdf"
          />
        )}
        {decision.decidedOn && (
          <>
            <PrintButton
              label={t(decision.replacesId ? 'decisions.printChangedLetter' : 'decisions.printLetter')}
              print={() => decisionApi.pdf(caseData.id, decision.id, 'letter')}
              fileName="vedtak.pdf"
            />
            <PrintInLanguages
              languages={caseData.documentLanguages}
              label={t(decision.replacesId ? 'decisions.changedLetterDocument' : 'decisions.letterDocument')}
              print={(language) => decisionApi.pdf(caseData.id, decision.id, 'letter', language)}
              fileName={(language) => `vedtak-${language}.pdf`}
            />
          </>
        )}
      </div>
    </div>
  );
}

function PrintButton({
  label,
  print,
  fileName,
}: {
  label: string;
  print(): Promise<{ pdf: Blob; fileName: string | null }>;
  fileName: string;
}) {
  const { busy, failure, run } = useSubmit();
  const { t } = useTranslation();
  return (
    <>
      <Button
        variant="secondary"
        data-size="sm"
        disabled={busy}
        aria-busy={busy || undefined}
        onClick={() =>
          void run(async () => {
            const made = await print();
            downloadBlob(made.pdf, made.fileName ?? fileName);
          })
        }
      >
        <span aria-hidden="true">📄 </span>
        {label}
      </Button>
      <FailureMessage failure={failure} fallback={t('decisions.failed')} />
    </>
  );
}

/** A sub-heading inside the panel. */
export function PanelHeading({ children }: { children: string }) {
  return (
    <Heading level={4} data-size="2xs">
      {children}
    </Heading>
  );
}
