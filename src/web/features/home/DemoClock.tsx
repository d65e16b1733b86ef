import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { isIsoDate } from '../../absence';
import { appNow, appToday } from '../../appClock';
import { formatDateTime } from '../../format';
import { FailureMessage, Section } from '../../ui/feedback';
import { useSubmit } from '../../ui/useSubmit';

/** Demo mode, for the administrator: where the demo clock stands, and a jump to another day (decision 100). */
export function DemoClockSection() {
  const { t } = useTranslation();
  const [to, setTo] = useState(() => appToday());
  const [problem, setProblem] = useState<string | undefined>();
  const { busy, failure, onSubmit } = useSubmit();
  return (
    <Section id="demoklokke" heading={t('demoClock.heading')}>
      <Paragraph data-size="sm">{t('demoClock.help', { when: formatDateTime(appNow().toISOString()) })}</Paragraph>
      <form
        className="stack-form"
        noValidate
        onSubmit={onSubmit(async () => {
          if (!isIsoDate(to)) return setProblem(t('demoClock.missingDate'));
          setProblem(undefined);
          await api.setDemoClock(to);
          // Every page's data depends on the day: start the app again on the new one.
          window.location.reload();
        })}
      >
        <FailureMessage failure={failure} fallback={t('demoClock.failed')} />
        <Textfield
          type="date"
          label={t('demoClock.label')}
          description={t('demoClock.labelHelp')}
          value={to}
          onChange={(e) => setTo(e.target.value)}
          error={problem}
        />
        <div className="button-row">
          <Button type="submit" data-size="sm" disabled={busy} aria-busy={busy || undefined}>
            {t('demoClock.submit')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
