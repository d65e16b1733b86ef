import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { getIn, type Path } from './draft';
import { fieldId } from './fields';

/** The fields the form shows, by the name the schema gives them: a problem deeper down belongs to the first. */
const LABELLED = [
  'id',
  'name',
  'description',
  'title',
  'window',
  'days',
  'kinds',
  'documented',
  'count',
  'measure',
  'comparator',
  'threshold',
  'groupBy',
  'severity',
  'action',
  'source',
  'observation',
  'basis',
  'text',
  'responsible',
  'dueWithinDays',
  'tasks',
  'levels',
  'rules',
  'conditions',
] as const;

/** Where a problem is, in the form's words: «Regel 2 («Over 10 %»), betingelse 1: Grense». */
export function problemPlace(
  draft: unknown,
  path: readonly (string | number)[],
  t: (key: string, options?: Record<string, unknown>) => string,
): { label: string; fieldPath: Path } {
  const parts: string[] = [];
  let fieldPath: Path = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = path[i + 1];
    if ((key === 'rules' || key === 'levels' || key === 'tasks' || key === 'conditions') && typeof next === 'number') {
      const title = getIn(draft, [...path.slice(0, i + 2), key === 'tasks' ? 'text' : 'title']);
      const named = typeof title === 'string' && title !== '' && key !== 'conditions';
      parts.push(
        t(`ruleEditor.place_${key}`, { n: key === 'levels' ? next : next + 1 }) + (named ? ` («${title}»)` : ''),
      );
      i++;
      continue;
    }
    if (typeof key === 'string' && (LABELLED as readonly string[]).includes(key)) {
      fieldPath = path.slice(0, i + 1) as Path;
      // A selector's kinds are the field; «count» alone names it too.
      if ((key === 'count' || key === 'window') && path[i + 1] !== undefined && path[i + 1] !== 'type') continue;
      parts.push(t(`ruleEditor.f_${key}`));
      break;
    }
  }
  return { label: parts.join(', ') || t('ruleEditor.place_whole'), fieldPath };
}

/** Every problem of the draft, each naming its field by label and linking to it. */
export function ProblemSummary({
  draft,
  issues,
  idPrefix,
}: {
  draft: unknown;
  issues: readonly { path: readonly (string | number)[]; message: string }[];
  idPrefix: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph>
        <span aria-hidden="true">✗ </span>
        {t('ruleEditor.invalid', { count: issues.length })}
      </Paragraph>
      <ul className="field-errors">
        {issues.map((issue, i) => {
          const place = problemPlace(draft, issue.path, t as never);
          return (
            <li key={i}>
              <a href={`#${fieldId({ idPrefix }, place.fieldPath)}`}>{place.label}</a>: {issue.message}
            </li>
          );
        })}
      </ul>
    </>
  );
}
