import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { DefinitionVersion } from '../../api/rule-editor';
import { formatDateTime } from '../../format';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { useApi } from '../../useApi';
import type { MEASURES } from './RuleFields';

type Condition = { measure?: (typeof MEASURES)[number]; comparator?: string; threshold?: number };
type RuleData = { id?: string; title?: string; kind?: string; conditions?: Condition[] };
type LevelData = { level?: number; title?: string; tasks?: { text?: string }[] };

/**
 * The versions a kommune's own profile or ladder has had, newest first (decision 144): each save kept the one it
 * replaced, so what the schools followed before stays readable — here as its rules or levels in words.
 */
export function VersionsPanel({
  kind,
  id,
  version,
  load,
}: {
  kind: 'profile' | 'ladder';
  id: string;
  /** The current version: the list is fetched again when it changes. */
  version: number;
  load: () => Promise<{ versions: DefinitionVersion[] }>;
}) {
  const { t } = useTranslation();
  const versions = useApi(`versions:${kind}:${id}:${version}`, load);
  const headingId = `${kind}-versjoner`;
  return (
    <section aria-labelledby={headingId} className="home-section">
      <Heading level={2} data-size="xs" id={headingId}>
        {t('ruleEditor.versionsHeading')}
      </Heading>
      {versions.status === 'loading' && <Loading />}
      {versions.status === 'error' && (
        <ErrorAlert>{errorMessage(versions.error, t('ruleEditor.versionsFailed'))}</ErrorAlert>
      )}
      {versions.status === 'ok' && (
        <ul className="plain-list versions-list">
          {versions.data.versions.map((v) => (
            <li key={v.version}>
              <details>
                <summary>
                  {t(v.current ? 'ruleEditor.versionCurrent' : 'ruleEditor.version', {
                    version: v.version,
                    at: formatDateTime(v.savedAt),
                    by: v.savedBy ?? t('ruleEditor.unknownUser'),
                  })}
                </summary>
                {kind === 'profile' ? (
                  <RulesInWords definition={v.definition} />
                ) : (
                  <LevelsInWords definition={v.definition} />
                )}
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RulesInWords({ definition }: { definition: unknown }) {
  const { t } = useTranslation();
  const rules = ((definition as { rules?: RuleData[] } | null)?.rules ?? []) as RuleData[];
  if (rules.length === 0) return <Paragraph data-size="sm">{t('ruleEditor.versionEmpty')}</Paragraph>;
  return (
    <ul>
      {rules.map((r, i) => (
        <li key={r.id ?? i}>
          {r.title}
          {(r.conditions ?? []).map((c, j) => (
            <span key={j}>
              {' '}
              ({t(`ruleEditor.measure_${c.measure ?? 'events'}`)}{' '}
              {c.comparator === '>' ? t('ruleEditor.comparator_gt') : t('ruleEditor.comparator_ge')} {c.threshold})
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

function LevelsInWords({ definition }: { definition: unknown }) {
  const { t } = useTranslation();
  const levels = ((definition as { levels?: LevelData[] } | null)?.levels ?? []) as LevelData[];
  if (levels.length === 0) return <Paragraph data-size="sm">{t('ruleEditor.versionEmpty')}</Paragraph>;
  return (
    <ul>
      {levels.map((l, i) => (
        <li key={i}>
          {l.title} – {t('ladders.taskCount', { count: l.tasks?.length ?? 0 })}
        </li>
      ))}
    </ul>
  );
}
