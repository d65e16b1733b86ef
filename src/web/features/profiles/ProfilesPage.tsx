import { Button, Field, Heading, Label, Paragraph, Select, Tag, Textarea } from '@digdir/designsystemet-react';
import { useEffect, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { NoticeRegion, useNotice } from '../../ui/feedback';
import { useTranslation } from 'react-i18next';
import { isKommuneRule, parseProfile } from '../../../domain/rules/profile-schema';
import { api } from '../../api';
import type { RuleProfileEntry } from '../../api';
import { useAuth, useUser } from '../../auth';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useApi } from '../../useApi';

type RuleSummary = { id: string; title: string; kind: 'events' | 'observation'; own: boolean };
type Check =
  | { state: 'json'; message: string }
  | { state: 'invalid'; errors: string[] }
  | { state: 'ok'; rules: number; id: string; summary: RuleSummary[] };

/** The same schema as the server and the shipped files, run in the browser on every keystroke. */
function check(text: string): Check {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { state: 'json', message: (e as Error).message };
  }
  const parsed = parseProfile(data, 'profil');
  if (!parsed.ok) return { state: 'invalid', errors: parsed.errors.map((line) => line.replace(/^profil: /, '')) };
  const summary = parsed.profile.rules.map((r) => ({ id: r.id, title: r.title, kind: r.kind, own: isKommuneRule(r) }));
  return { state: 'ok', rules: parsed.profile.rules.length, id: parsed.profile.id, summary };
}

/** The rules of a profile by title, each marked when it is the municipality's own choice and not its source's. */
function RuleList({ rules }: { rules: RuleSummary[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading level={3} data-size="xs">
        {t('profiles.rulesHeading')}
      </Heading>
      <ul className="plain-list">
        {rules.map((r) => (
          <li key={r.id}>
            {r.title}{' '}
            <Tag data-size="sm" data-color="neutral">
              {t(`profiles.kind_${r.kind}`)}
            </Tag>
            {r.own && (
              <>
                {' '}
                <Tag data-size="sm" data-color="warning">
                  {t('profiles.basisKommune')}
                </Tag>
              </>
            )}
          </li>
        ))}
      </ul>
      {rules.some((r) => r.own) && <Paragraph data-size="sm">{t('profiles.basisKommuneHelp')}</Paragraph>}
    </>
  );
}

/** The municipality's rule profiles: read the shipped ones, write its own, validated as one types. */
export function ProfilesPage() {
  const { t } = useTranslation();
  const user = useUser();
  const canWrite = user.roles.some((r) => r.role === 'skoleeier');
  const profiles = useApi('rule-profiles', () => api.ruleProfiles());
  const [chosen, setChosen] = useState('');
  const [notice, announce] = useNotice();
  // Keep the editor on screen while the list reloads after a save.
  const loaded = profiles.status === 'ok' ? profiles.data.profiles : null;
  const [list, setList] = useState<RuleProfileEntry[]>([]);
  useEffect(() => {
    if (loaded) setList(loaded);
  }, [loaded]);
  const current =
    list.find((p) => p.id === chosen && p.origin === 'kommune') ?? list.find((p) => p.id === chosen) ?? list[0];

  return (
    <Page title={t('profiles.title')}>
      <Paragraph>{canWrite ? t('profiles.introWrite') : t('profiles.introRead')}</Paragraph>
      {profiles.status === 'loading' && list.length === 0 && <Loading />}
      <NoticeRegion notice={notice} alertClassName="error-alert" />
      {profiles.status === 'error' && <ErrorAlert>{errorMessage(profiles.error, t('profiles.loadFailed'))}</ErrorAlert>}
      {current && (
        <>
          <Field className="profiles-choose">
            <Label>{t('profiles.choose')}</Label>
            <Select value={current.id} onChange={(e) => setChosen(e.target.value)} width="auto">
              {list.map((p) => (
                <Select.Option key={`${p.origin}:${p.id}`} value={p.id}>
                  {p.id} – {t(`profiles.origin_${p.origin}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <ProfileEditor
            key={`${current.origin}:${current.id}:${current.version ?? 0}`}
            entry={current}
            canWrite={canWrite}
            onSaved={(id) => {
              setChosen(id);
              announce(t('profiles.saved', { id }));
              profiles.reload();
            }}
          />
        </>
      )}
    </Page>
  );
}

function ProfileEditor({
  entry,
  canWrite,
  onSaved,
}: {
  entry: RuleProfileEntry;
  canWrite: boolean;
  onSaved(id: string): void;
}) {
  const { t } = useTranslation();
  const { handleApiError } = useAuth();
  const [text, setText] = useState(() => JSON.stringify(entry.definition, null, 2));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ id: number; text: string } | null>(null);
  const result = useMemo(() => check(text), [text]);
  const [shown, setShown] = useState(result);
  // Announce the result once typing pauses, so a screen reader is not flooded on every key.
  useEffect(() => {
    const timer = setTimeout(() => setShown(result), 400);
    return () => clearTimeout(timer);
  }, [result]);

  const shipped = entry.origin === 'levert';
  // The rules as typed when the text is valid, else as saved.
  const saved = useMemo(() => check(JSON.stringify(entry.definition)), [entry.definition]);
  const listed = result.state === 'ok' ? result.summary : saved.state === 'ok' ? saved.summary : [];
  const targetId = result.state === 'ok' ? result.id : null;
  const sameAsShipped = shipped && targetId === entry.id;

  async function save(e: FormEvent) {
    e.preventDefault();
    if (result.state !== 'ok' || sameAsShipped || busy) return;
    setBusy(true);
    try {
      const definition: unknown = JSON.parse(text);
      const version =
        entry.origin === 'kommune' && entry.id === result.id && entry.version !== null ? entry.version : undefined;
      const saved = await api.saveRuleProfile(result.id, definition, version);
      onSaved(saved.id);
    } catch (err) {
      handleApiError(err);
      const details =
        err instanceof Error && 'details' in err
          ? ((err as { details?: { errors?: unknown } }).details?.errors as string[] | undefined)
          : undefined;
      setFailure((p) => ({
        id: (p?.id ?? 0) + 1,
        text: [errorMessage(err, t('profiles.saveFailed')), ...(details ?? [])].join(' '),
      }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="profil" className="home-section">
      <Heading level={2} data-size="sm" id="profil">
        {entry.id}{' '}
        <Tag data-size="sm" data-color={shipped ? 'neutral' : 'info'}>
          {t(`profiles.origin_${entry.origin}`)}
        </Tag>
      </Heading>
      {shipped && canWrite && <Paragraph data-size="sm">{t('profiles.shippedHelp')}</Paragraph>}
      {listed.length > 0 && <RuleList rules={listed} />}
      <form className="profile-form" onSubmit={save} noValidate>
        <Field>
          <Label>{t('profiles.definition')}</Label>
          <Field.Description>{t('profiles.definitionHelp')}</Field.Description>
          <Textarea
            className="profile-json"
            rows={24}
            spellCheck={false}
            value={text}
            readOnly={!canWrite}
            aria-invalid={result.state !== 'ok' || undefined}
            aria-describedby="profil-sjekk"
            onChange={(e) => setText(e.target.value)}
          />
        </Field>
        <div id="profil-sjekk" aria-live="polite" className="profile-check">
          {shown.state === 'ok' && (
            <Paragraph>
              <span aria-hidden="true">✓ </span>
              {t('profiles.valid', { count: shown.rules })}
            </Paragraph>
          )}
          {shown.state === 'json' && (
            <Paragraph>
              <span aria-hidden="true">✗ </span>
              {t('profiles.notJson', { message: shown.message })}
            </Paragraph>
          )}
          {shown.state === 'invalid' && (
            <>
              <Paragraph>
                <span aria-hidden="true">✗ </span>
                {t('profiles.invalid', { count: shown.errors.length })}
              </Paragraph>
              <ul>
                {shown.errors.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </>
          )}
          {canWrite && sameAsShipped && <Paragraph>{t('profiles.changeId')}</Paragraph>}
        </div>
        {canWrite && (
          <Button
            type="submit"
            disabled={busy || result.state !== 'ok' || sameAsShipped}
            aria-busy={busy || undefined}
            className="login__submit"
          >
            {targetId && !sameAsShipped ? t('profiles.saveAs', { id: targetId }) : t('profiles.save')}
          </Button>
        )}
      </form>
      {failure && (
        <div key={failure.id}>
          <ErrorAlert>{failure.text}</ErrorAlert>
        </div>
      )}
    </section>
  );
}
