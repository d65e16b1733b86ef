import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { archiveApi } from '../../api';
import { useUser } from '../../auth';
import { formatDate, formatNumber } from '../../format';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { FailureMessage, NoticeRegion, Section, useNotice } from '../../ui/feedback';
import { useSubmit } from '../../ui/useSubmit';
import { useApi } from '../../useApi';
import { ExtractCard } from './ExtractCard';

export type ExtractHolder = { caseId: string } | { matterId: string };

/**
 * «Arkivuttrekk» under a closed case or school environment matter (decision 235), for its school's leadership and
 * administrator: the extracts that hold it, each downloaded and marked as handed over in place, and a new extract
 * made on demand — when the first was lost before handover, or the case has had a document since.
 */
export function HolderExtracts({ holder }: { holder: ExtractHolder }) {
  const user = useUser();
  // Only the leadership and the administrator work with extracts (decision 223); the server says which school.
  if (!user.roles.some((r) => r.role === 'skoleledelse' || r.role === 'administrator')) return null;
  return <Extracts holder={holder} />;
}

function Extracts({ holder }: { holder: ExtractHolder }) {
  const { t } = useTranslation();
  const isCase = 'caseId' in holder;
  const list = useApi(`archive-extracts:${isCase ? holder.caseId : holder.matterId}`, () =>
    archiveApi.listExtracts(holder),
  );
  const [notice, announce] = useNotice();
  const submit = useSubmit();
  if (list.status === 'loading') return null;
  // Not this reader's school: nothing to show or make here.
  if (list.status === 'ok' && list.data.schools.length === 0) return null;

  const make = () =>
    submit.run(async () => {
      submit.clear();
      const { extract } =
        'caseId' in holder
          ? await archiveApi.makeCaseExtract(holder.caseId)
          : await archiveApi.makeMatterExtract(holder.matterId);
      await list.refresh();
      announce(t('archive.madeDone', { count: extract.documents, documents: formatNumber(extract.documents) }));
    });

  return (
    <Section id="arkivuttrekk" heading={t('archive.holderHeading')}>
      {list.status === 'error' ? (
        <ErrorAlert>{errorMessage(list.error, t('archive.loadFailed'))}</ErrorAlert>
      ) : (
        <>
          <Paragraph>{t(isCase ? 'archive.holderIntroCase' : 'archive.holderIntroMatter')}</Paragraph>
          <NoticeRegion notice={notice} />
          {list.data.extracts.length === 0 ? (
            <Paragraph>{t(isCase ? 'archive.holderNoneCase' : 'archive.holderNoneMatter')}</Paragraph>
          ) : (
            <ul className="archive-extracts">
              {list.data.extracts.map((e) => (
                <li key={e.id}>
                  <ExtractCard
                    extract={e}
                    onHandedOver={async (on) => {
                      await list.refresh();
                      announce(t('archive.handOverDone', { date: formatDate(on) }));
                    }}
                  />
                </li>
              ))}
            </ul>
          )}
          <div className="archive-actions">
            <Button variant="secondary" onClick={make} disabled={submit.busy}>
              {submit.busy ? t('archive.making') : t(isCase ? 'archive.makeCase' : 'archive.makeMatter')}
            </Button>
          </div>
          <FailureMessage failure={submit.failure} fallback={t('archive.makeFailed')} />
        </>
      )}
    </Section>
  );
}
