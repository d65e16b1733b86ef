import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LADDER_ROLES, ladderIssues } from '../../../domain/ladder/ladder-schema';
import { ruleEditorApi, type LadderEntry } from '../../api/rule-editor';
import { FailureMessage } from '../../ui/feedback';
import { focusById } from '../../ui/focus';
import { useSubmit } from '../../ui/useSubmit';
import { freshId, getIn, problemsByPath, removeAt, setIn, type Path } from './draft';
import { type Bind, ChecksField, NumberField, TextField } from './fields';
import { ProblemSummary } from './ProblemSummary';
import { type FormChoice, TaskTicks } from './TaskTicks';
import { TaskWeekly } from './TaskWeekly';

type Task = { id?: string; text?: string };
type Level = { level?: number; title?: string; tasks?: Task[] };
type Draft = { id?: string; levels?: Level[] };

/** A ladder in the list with the forms a task may be ticked by. */
export type LadderEditorEntry = LadderEntry & { forms: readonly FormChoice[] };

const ROLE_OPTIONS = Object.entries(LADDER_ROLES) as [string, string][];

/**
 * A tiltakstrapp as a Norwegian form (issue 19 item 5): each level's title and its tasks — the task, who is
 * responsible, the due time in days — checked by the content loader's schema as one types, each problem under
 * its field; saving names the version it was based on (409 when someone saved in between, decision 144). A task's
 * work that ticks it is chosen from a list (`TaskTicks`); what the form does not show (goals, partners, a task's
 * action) is kept as it was.
 */
export function LadderEditor({
  entry,
  canWrite,
  onSaved,
}: {
  entry: LadderEditorEntry;
  canWrite: boolean;
  onSaved(id: string): void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => structuredClone(entry.definition) as Draft);
  const checked = useMemo(() => ladderIssues(draft), [draft]);
  const problems = useMemo(() => problemsByPath(checked.issues), [checked]);
  const saving = useSubmit();
  const shipped = entry.origin === 'levert';
  const targetId = typeof draft.id === 'string' ? draft.id : '';
  const sameAsShipped = shipped && targetId === entry.id;
  const bind: Bind = {
    idPrefix: 'trapp',
    draft,
    problems,
    readOnly: !canWrite,
    set: (path: Path, value: unknown) => setDraft((d) => setIn(d, path, value)),
  };
  const levels = draft.levels ?? [];
  const allTaskIds = levels.flatMap((l) => (l.tasks ?? []).map((x) => x.id ?? ''));

  function addTask(level: number) {
    const tasks = levels[level]?.tasks ?? [];
    const id = freshId(`niva-${level}-oppgave`, allTaskIds);
    setDraft((d) =>
      setIn(d, ['levels', level, 'tasks', tasks.length], { id, text: '', responsible: ['kontaktlaerer'] }),
    );
    focusById(`trapp-levels-${level}-tasks-${tasks.length}-text`);
  }

  function addLevel() {
    const n = levels.length;
    setDraft((d) =>
      setIn(d, ['levels', n], {
        level: n,
        title: '',
        source: t('ruleEditor.ownSource'),
        problemAreas: [],
        goals: [],
        tasks: [{ id: freshId(`niva-${n}-oppgave`, allTaskIds), text: '', responsible: ['skoleledelse'] }],
        evaluation: [],
        partners: [],
        responsible: [],
      }),
    );
    focusById(`trapp-levels-${n}-title`);
  }

  const save = () =>
    saving.run(async () => {
      const version =
        entry.origin === 'kommune' && entry.id === targetId && entry.version !== null ? entry.version : undefined;
      const saved = await ruleEditorApi.saveLadder(targetId, draft, version);
      onSaved(saved.id);
    });

  return (
    <section aria-labelledby="trapp" className="home-section">
      <Heading level={2} data-size="sm" id="trapp">
        {entry.id}{' '}
        <Tag data-size="sm" data-color={shipped ? 'neutral' : 'info'}>
          {t(`ruleEditor.origin_${entry.origin}`)}
        </Tag>
      </Heading>
      {shipped && canWrite && <Paragraph data-size="sm">{t('ladders.shippedHelp')}</Paragraph>}
      <form
        className="profile-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (checked.ladder && !sameAsShipped) void save();
        }}
      >
        <TextField bind={bind} path={['id']} label={t('ruleEditor.f_id')} description={t('ladders.idHelp')} />
        <TextField bind={bind} path={['name']} label={t('ruleEditor.f_name')} />
        {levels.map((level, i) => (
          <section key={i} className="rule-fields" aria-labelledby={`trapp-niva-${i}`}>
            <Heading level={3} data-size="xs" id={`trapp-niva-${i}`}>
              {t('ladders.levelHeading', { n: i, title: level.title || t('ruleEditor.untitled') })}
            </Heading>
            <TextField bind={bind} path={['levels', i, 'title']} label={t('ruleEditor.f_title')} />
            {(level.tasks ?? []).map((task, j) => {
              const at: Path = ['levels', i, 'tasks', j];
              return (
                <details key={j} className="ladder-task" open={!task.text}>
                  <summary>{task.text || t('ladders.newTask')}</summary>
                  <TextField bind={bind} path={[...at, 'text']} label={t('ruleEditor.f_text')} multiline />
                  <ChecksField
                    bind={bind}
                    path={[...at, 'responsible']}
                    legend={t('ruleEditor.f_responsible')}
                    options={ROLE_OPTIONS}
                  />
                  <NumberField
                    bind={bind}
                    path={[...at, 'dueWithinDays']}
                    label={t('ruleEditor.f_dueWithinDays')}
                    description={t('ladders.dueHelp')}
                  />
                  <TaskTicks bind={bind} at={at} forms={entry.forms} />
                  <TaskWeekly bind={bind} at={at} />
                  {canWrite && (level.tasks ?? []).length > 1 && (
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      type="button"
                      onClick={() => setDraft((d) => removeAt(d, ['levels', i, 'tasks'], j))}
                    >
                      {t('ladders.removeTask', { text: String(getIn(draft, [...at, 'text']) || t('ladders.newTask')) })}
                    </Button>
                  )}
                </details>
              );
            })}
            {canWrite && (
              <Paragraph>
                <Button variant="secondary" data-size="sm" type="button" onClick={() => addTask(i)}>
                  {t('ladders.addTask', { n: i })}
                </Button>
              </Paragraph>
            )}
          </section>
        ))}
        {canWrite && (
          <Paragraph>
            <Button variant="secondary" data-size="sm" type="button" onClick={addLevel}>
              {t('ladders.addLevel')}
            </Button>{' '}
            {levels.length > 1 && (
              <Button
                variant="tertiary"
                data-size="sm"
                type="button"
                onClick={() => setDraft((d) => removeAt(d, ['levels'], levels.length - 1))}
              >
                {t('ladders.removeLevel', { n: levels.length - 1 })}
              </Button>
            )}
          </Paragraph>
        )}
        <div aria-live="polite" className="profile-check">
          {checked.issues.length === 0 ? (
            <Paragraph>
              <span aria-hidden="true">✓ </span>
              {t('ladders.valid', { count: levels.length })}
            </Paragraph>
          ) : (
            <ProblemSummary draft={draft} issues={checked.issues} idPrefix="trapp" />
          )}
          {canWrite && sameAsShipped && <Paragraph>{t('ladders.changeId')}</Paragraph>}
        </div>
        {canWrite && checked.ladder && !sameAsShipped && (
          <Button type="submit" disabled={saving.busy} aria-busy={saving.busy || undefined}>
            {t('ruleEditor.saveAs', { id: targetId })}
          </Button>
        )}
      </form>
      <FailureMessage failure={saving.failure} fallback={t('ladders.saveFailed')} />
    </section>
  );
}
