import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { caseApi } from '../../api';
import type { CaseToTakeOver } from '../../api';
import { useUser } from '../../auth';
import { boardColumns } from '../../cases';
import { CaseCard } from '../../components/CaseCard';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { FailureMessage, useFailure } from '../../ui/feedback';
import { casePlan, seesDecisionDeadlines } from '../../roles';
import { useApi } from '../../useApi';
import { SchoolEnvironmentBoard } from './SchoolEnvironmentBoard';
import { DecisionDeadlines } from './DecisionDeadlines';

/** The school's open cases by level of the tiltakstrapp, overdue evaluations and idle cases marked in words. */
export function CaseBoardPage() {
  const { t } = useTranslation();
  const cases = useApi('cases:board', () => caseApi.list({ mine: false, status: 'open' }));
  const user = useUser();
  const { takeOver } = casePlan(user);
  return (
    <Page title={t('cases.boardTitle')}>
      <Paragraph className="page-intro">{t('cases.boardIntro')}</Paragraph>
      {/* A safe school first (decision 189): the school environment matters and their deadlines above the cases. */}
      <SchoolEnvironmentBoard />
      {/* The law's deadlines next (decision 219): a reply due, an appeal deadline running, an appeal to reassess. */}
      {seesDecisionDeadlines(user) && <DecisionDeadlines />}
      {takeOver && <TakeOverSection />}
      {cases.status === 'loading' && <Loading />}
      {cases.status === 'error' && <ErrorAlert>{errorMessage(cases.error, t('cases.boardFailed'))}</ErrorAlert>}
      {cases.status === 'ok' && (
        <div className="case-board">
          {boardColumns(cases.data.cases).map((column) => (
            <section
              key={column.level}
              aria-labelledby={`niva-${column.level}`}
              className="case-board__column"
              data-level={column.level}
            >
              <Heading level={2} data-size="xs" id={`niva-${column.level}`}>
                {t('cases.column', { level: column.level })}
              </Heading>
              <Paragraph data-size="sm" className="class-list__meta">
                {t('cases.columnCount', { count: column.cases.length })}
              </Paragraph>
              {column.cases.length === 0 ? (
                <Paragraph data-size="sm">{t('cases.emptyColumn')}</Paragraph>
              ) : (
                <ul className="case-list">
                  {column.cases.map((entry) => (
                    <li key={entry.id}>
                      <CaseCard entry={entry} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      )}
    </Page>
  );
}

/** Open cases of pupils who have started at the school: the receiving leadership takes them over (with the transition checklist). */
function TakeOverSection() {
  const { t } = useTranslation();
  const cases = useApi('cases:to-take-over', () => caseApi.toTakeOver());
  return (
    <section aria-labelledby="saker-a-overta" className="home-section">
      <Heading level={2} data-size="sm" id="saker-a-overta">
        {t('cases.takeOverHeading')}
      </Heading>
      {cases.status === 'loading' && <Loading />}
      {cases.status === 'error' && <ErrorAlert>{errorMessage(cases.error, t('cases.takeOverListFailed'))}</ErrorAlert>}
      {cases.status === 'ok' &&
        (cases.data.cases.length === 0 ? (
          <Paragraph>{t('cases.noTakeOver')}</Paragraph>
        ) : (
          <>
            <Paragraph data-size="sm">{t('cases.takeOverHelp')}</Paragraph>
            <ul className="case-list">
              {cases.data.cases.map((entry) => (
                <li key={entry.id}>
                  <TakeOverItem entry={entry} />
                </li>
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}

function TakeOverItem({ entry }: { entry: CaseToTakeOver }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const { failure, fail, clear } = useFailure();
  const name = t('cases.caseLink', { name: entry.pupilName, className: entry.className });

  async function takeOver() {
    setBusy(true);
    clear();
    try {
      const { id } = await caseApi.takeOver(entry.id);
      // Nothing waits for the new page: this card is gone once it shows.
      void navigate(`/sak/${encodeURIComponent(id)}`);
    } catch (err) {
      fail(err);
      setBusy(false);
    }
  }

  return (
    <div className="case-card" data-case-id={entry.id}>
      <strong>{name}</strong>
      <span className="class-list__meta">
        {t('cases.takeOverMeta', { level: entry.level, school: entry.fromSchool })}
      </span>
      <Button
        variant="secondary"
        data-size="sm"
        onClick={() => void takeOver()}
        disabled={busy}
        aria-busy={busy || undefined}
      >
        {t('cases.takeOver')}
        <span className="ds-sr-only"> – {name}</span>
      </Button>
      <FailureMessage failure={failure} fallback={t('cases.takeOverFailed')} />
    </div>
  );
}
