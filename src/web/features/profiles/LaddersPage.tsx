import { Field, Label, Link, Paragraph, Select } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { ruleEditorApi, type LadderEntry } from '../../api/rule-editor';
import { useUser } from '../../auth';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { NoticeRegion, ReloadContext, useNotice } from '../../ui/feedback';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useApi } from '../../useApi';
import { LadderEditor } from './LadderEditor';
import { VersionsPanel } from './VersionsPanel';

/** The kommune's tiltakstrapper: read the shipped ones; the school owner edits the kommune's own in a form. */
export function LaddersPage() {
  const { t } = useTranslation();
  const user = useUser();
  const canWrite = user.roles.some((r) => r.role === 'skoleeier');
  const ladders = useApi('ladders', () => ruleEditorApi.ladders());
  const [chosen, setChosen] = useState('');
  const [notice, announce] = useNotice();
  const loaded = ladders.status === 'ok' ? ladders.data.ladders : null;
  const [list, setList] = useState<LadderEntry[]>([]);
  useEffect(() => {
    if (loaded) setList(loaded);
  }, [loaded]);
  const current =
    list.find((p) => p.id === chosen && p.origin === 'kommune') ?? list.find((p) => p.id === chosen) ?? list[0];
  return (
    <Page title={t('ladders.title')}>
      <Paragraph>{canWrite ? t('ladders.introWrite') : t('ladders.introRead')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/regelprofiler">{t('ladders.toProfiles')}</RouterLink>
        </Link>
      </Paragraph>
      {ladders.status === 'loading' && list.length === 0 && <Loading />}
      <NoticeRegion notice={notice} alertClassName="error-alert" />
      {ladders.status === 'error' && <ErrorAlert>{errorMessage(ladders.error, t('ladders.loadFailed'))}</ErrorAlert>}
      {current && (
        <ReloadContext.Provider value={ladders.reload}>
          <Field className="profiles-choose">
            <Label>{t('ladders.choose')}</Label>
            <Select value={current.id} onChange={(e) => setChosen(e.target.value)} width="auto">
              {list.map((p) => (
                <Select.Option key={`${p.origin}:${p.id}`} value={p.id}>
                  {p.id} – {t(`ruleEditor.origin_${p.origin}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <LadderEditor
            key={`${current.origin}:${current.id}:${current.version ?? 0}`}
            entry={current}
            canWrite={canWrite}
            onSaved={(id) => {
              setChosen(id);
              announce(t('ladders.saved', { id }));
              ladders.reload();
            }}
          />
          {current.origin === 'kommune' && current.version !== null && (
            <VersionsPanel
              kind="ladder"
              id={current.id}
              version={current.version}
              load={() => ruleEditorApi.ladderVersions(current.id)}
            />
          )}
        </ReloadContext.Provider>
      )}
    </Page>
  );
}
