import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { healthApi, type HealthConcern } from '../../api';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { FailureMessage, NoticeRegion, Section, useNotice } from '../../ui/feedback';
import { Loading } from '../../ui/Loading';
import { useSubmit } from '../../ui/useSubmit';
import { useApi } from '../../useApi';
import { HealthConcernList } from '../health/HealthConcernList';

/**
 * «Undringer fra helsetjenesten» on the front page of the contact teacher and the leadership (decision 196):
 * the undringer not yet followed up, to receive, take into a case and follow up. Not the absence concerns
 * («Nye bekymringer»): a different thing. The inbox item leads here (`/#undringer`).
 */
export function HealthConcernsSection() {
  const { t } = useTranslation();
  const list = useApi('health-concerns', () => healthApi.list());
  const [notice, say] = useNotice();
  const { busy, failure, run } = useSubmit();

  const act = (c: HealthConcern, what: 'received' | 'followed-up' | 'case') =>
    void run(async () => {
      if (what === 'case') await healthApi.linkCase(c.id, c.version);
      else await healthApi.setStatus(c.id, what, c.version);
      say(
        t(
          what === 'case' ? 'health.linked' : what === 'received' ? 'health.markedReceived' : 'health.markedFollowedUp',
        ),
      );
      await list.refresh();
    });

  // Nothing waiting and nothing just done: the front page stays as it was.
  if (list.status === 'ok' && list.data.concerns.length === 0 && !notice && !failure) return null;
  return (
    <Section id="undringer" heading={t('health.schoolHeading')}>
      <NoticeRegion notice={notice} />
      <FailureMessage failure={failure} fallback={t('health.actionFailed')} />
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <ErrorAlert>{errorMessage(list.error, t('health.loadFailed'))}</ErrorAlert>}
      {list.status === 'ok' &&
        (list.data.concerns.length === 0 ? (
          <Paragraph>{t('health.schoolEmpty')}</Paragraph>
        ) : (
          <>
            <Paragraph data-size="sm">{t('health.schoolIntro')}</Paragraph>
            <HealthConcernList concerns={list.data.concerns} onAct={act} busy={busy} />
          </>
        ))}
    </Section>
  );
}
