import { Alert, Checkbox, Link, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { schoolEnvironmentApi, type MatterSummary } from '../api';
import { appToday } from '../appClock';
import { formatDate } from '../format';
import { useUser } from '../auth';
import { readsSchoolEnvironment } from '../roles';
import { useApi } from '../useApi';
import { InlinePanel } from '../ui/InlinePanel';
import { FormButtons } from '../ui/FormButtons';
import { FailureMessage, NoticeRegion, Section, useNotice } from '../ui/feedback';
import { useSubmit } from '../ui/useSubmit';

/** The board's words for what a matter lacks (decision 189), as tags. */
export function MatterFlags({ matter }: { matter: Pick<MatterSummary, 'flags'> }) {
  const { t } = useTranslation();
  return (
    <>
      {matter.flags.map((f) => (
        <Tag
          key={f}
          data-size="sm"
          data-color={f === 'evaluation-overdue' || f === 'plan-missing' ? 'danger' : 'warning'}
        >
          {t(`schoolEnvironment.flag_${f}`)}
        </Tag>
      ))}
    </>
  );
}

/**
 * A pupil's school environment matters (the aktivitetsplikt, decision 187), with «Start aktivitetsplikten».
 * On the case (`atTop`) it stands first, an alert when a matter is open; the pupil page lists them all.
 */
export function SchoolEnvironmentMatters({ pupilId, atTop = false }: { pupilId: string; atTop?: boolean }) {
  const { t } = useTranslation();
  const me = useUser();
  // A subject teacher starts the duty (everyone who knows tells the rektor) but reads no matters.
  const reads = readsSchoolEnvironment(me);
  const loaded = useApi(reads ? `school-environment:${pupilId}` : null, () => schoolEnvironmentApi.ofPupil(pupilId));
  const [notice, announce] = useNotice();
  const matters = loaded.status === 'ok' ? loaded.data.matters : [];
  const open = matters.filter((m) => m.status === 'open');
  const list = (shown: MatterSummary[]) => (
    <ul className="plain-list">
      {shown.map((m) => (
        <li key={m.id}>
          <Link asChild>
            <RouterLink to={`/skolemiljo/${encodeURIComponent(m.id)}`}>
              {t('schoolEnvironment.openMatter', { day: formatDate(m.knownOn) })}
            </RouterLink>
          </Link>{' '}
          <span className="class-list__meta">
            {t('schoolEnvironment.matterLine', {
              day: formatDate(m.knownOn),
              status: t(m.status === 'open' ? 'schoolEnvironment.open' : 'schoolEnvironment.closed'),
            })}
          </span>{' '}
          {m.adultInvolved && (
            <Tag data-size="sm" data-color="danger">
              {t('schoolEnvironment.adultTag')}
            </Tag>
          )}{' '}
          <MatterFlags matter={m} />
        </li>
      ))}
    </ul>
  );
  const start = (
    <InlinePanel label={t('schoolEnvironment.start')}>
      {(panel) => (
        <StartForm
          pupilId={pupilId}
          onCancel={panel.close}
          onDone={(text) =>
            panel.finish(async () => {
              if (reads) await loaded.refresh();
              announce(text);
            })
          }
        />
      )}
    </InlinePanel>
  );
  return (
    <Section focusable id="skolemiljo" heading={t('schoolEnvironment.sectionHeading')}>
      <NoticeRegion notice={notice} />
      {atTop && open.length > 0 ? (
        <Alert data-color="warning">
          <Paragraph>{t('schoolEnvironment.law')}</Paragraph>
          {list(open)}
        </Alert>
      ) : matters.length > 0 ? (
        list(atTop ? open : matters)
      ) : (
        reads && loaded.status === 'ok' && <Paragraph data-size="sm">{t('schoolEnvironment.none')}</Paragraph>
      )}
      {start}
    </Section>
  );
}

function StartForm({
  pupilId,
  onCancel,
  onDone,
}: {
  pupilId: string;
  onCancel(): void;
  onDone(text: string): Promise<void>;
}) {
  const { t } = useTranslation();
  const [knownOn, setKnownOn] = useState(() => appToday());
  const [report, setReport] = useState('');
  const [adult, setAdult] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const { busy, failure, run } = useSubmit();
  const reportRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => reportRef.current?.focus(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!report.trim()) {
      setProblem(t('schoolEnvironment.reportMissing'));
      reportRef.current?.focus();
      return;
    }
    setProblem(undefined);
    await run(async () => {
      await schoolEnvironmentApi.start(pupilId, { knownOn, report: report.trim(), adultInvolved: adult });
      await onDone(t('schoolEnvironment.started'));
    });
  }

  return (
    <form className="stack-form inline-panel" onSubmit={submit} noValidate>
      <Paragraph data-size="sm">{t('schoolEnvironment.startHelp')}</Paragraph>
      <FailureMessage failure={failure} fallback={t('schoolEnvironment.startFailed')} />
      <Textfield
        ref={reportRef}
        multiline
        rows={3}
        label={t('schoolEnvironment.report')}
        value={report}
        onChange={(e) => setReport(e.target.value)}
        error={problem}
      />
      <Textfield
        label={t('schoolEnvironment.knownOn')}
        type="date"
        value={knownOn}
        onChange={(e) => setKnownOn(e.target.value)}
      />
      <Checkbox
        label={t('schoolEnvironment.adultInvolved')}
        checked={adult}
        onChange={(e) => setAdult(e.target.checked)}
      />
      <FormButtons busy={busy} submit={t('schoolEnvironment.startSubmit')} onCancel={onCancel} />
    </form>
  );
}
