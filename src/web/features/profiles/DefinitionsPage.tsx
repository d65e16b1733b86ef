import { Field, Label, Link, Paragraph, Select } from '@digdir/designsystemet-react';
import { Fragment, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { ProfileOrigin } from '../../../contract/enums';
import type { DefinitionVersion } from '../../api/rule-editor';
import { useUser } from '../../auth';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { NoticeRegion, ReloadContext, useNotice } from '../../ui/feedback';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useApi } from '../../useApi';
import { VersionsPanel } from './VersionsPanel';

/** A rule profile or a ladder in the list: shipped (read only) or the kommune's own, with its version. */
type Entry = { id: string; origin: ProfileOrigin; version: number | null };

export type EditorProps<E extends Entry> = { entry: E; canWrite: boolean; onSaved(id: string): void };

/**
 * The page of a kind of municipal definition (rule profiles, ladders): choose one, read it or — the school
 * owner — edit it in its form, and read the versions the kommune's own had. The list stays on screen while it
 * reloads after a save.
 */
export function DefinitionsPage<E extends Entry>({
  kind,
  title,
  intro,
  link,
  texts,
  load,
  loadVersions,
  editor,
}: {
  kind: 'profile' | 'ladder';
  title: string;
  intro: { read: string; write: string };
  link: { to: string; text: string };
  texts: { loadFailed: string; choose: string; saved(id: string): string };
  load(): Promise<E[]>;
  loadVersions(id: string): Promise<{ versions: DefinitionVersion[] }>;
  editor(props: EditorProps<E>): ReactNode;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const canWrite = user.roles.some((r) => r.role === 'skoleeier');
  const entries = useApi(`definitions:${kind}`, load);
  const [chosen, setChosen] = useState('');
  const [notice, announce] = useNotice();
  const loaded = entries.status === 'ok' ? entries.data : null;
  const [list, setList] = useState<E[]>([]);
  useEffect(() => {
    if (loaded) setList(loaded);
  }, [loaded]);
  const current =
    list.find((p) => p.id === chosen && p.origin === 'kommune') ?? list.find((p) => p.id === chosen) ?? list[0];

  return (
    <Page title={title}>
      <Paragraph>{canWrite ? intro.write : intro.read}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={link.to}>{link.text}</RouterLink>
        </Link>
      </Paragraph>
      {entries.status === 'loading' && list.length === 0 && <Loading />}
      <NoticeRegion notice={notice} alertClassName="error-alert" />
      {entries.status === 'error' && <ErrorAlert>{errorMessage(entries.error, texts.loadFailed)}</ErrorAlert>}
      {current && (
        <ReloadContext.Provider value={entries.reload}>
          <Field className="profiles-choose">
            <Label>{texts.choose}</Label>
            <Select value={current.id} onChange={(e) => setChosen(e.target.value)} width="auto">
              {list.map((p) => (
                <Select.Option key={`${p.origin}:${p.id}`} value={p.id}>
                  {p.id} – {t(`ruleEditor.origin_${p.origin}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Fragment key={`${current.origin}:${current.id}:${current.version ?? 0}`}>
            {editor({
              entry: current,
              canWrite,
              onSaved: (id) => {
                setChosen(id);
                announce(texts.saved(id));
                entries.reload();
              },
            })}
          </Fragment>
          {current.origin === 'kommune' && current.version !== null && (
            <VersionsPanel
              kind={kind}
              id={current.id}
              version={current.version}
              load={() => loadVersions(current.id)}
            />
          )}
        </ReloadContext.Provider>
      )}
    </Page>
  );
}
