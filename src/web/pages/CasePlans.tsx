import {
  Alert,
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useCallback, useEffect, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, MappedCauses } from '../api';
import { FailureMessage, Section, focusById, useFailure } from '../components/caseParts';
import type { Changed } from '../components/caseParts';
import { downloadPdf } from '../components/OpenCase';
import { formatDate, formatDateTime } from '../format';
import {
  HOME_SCHOOLING_GROUNDS,
  PLAN_KINDS,
  PLAN_KIND_NAMES,
  PRESENCE_LEVELS,
  REDUCTION_KINDS,
  SIGNATORY_ROLES,
  TEACHING_PLACES,
  type Plan,
  type PlanKind,
} from '../../domain/plans/plan-schema';
import {
  activationNotices,
  addBankMeasure,
  causesParam,
  fieldId,
  getIn,
  newRowId,
  pathKey,
  planApi,
  problemsByPath,
  setIn,
  suggestedMeasures,
  type BankMeasure,
  type Path,
  type PlanDetail,
  type PlanNotice,
  type PlanSummary,
  type PlanVersion,
  type SuggestedMeasure,
} from '../plans';

// «Planer» on the case page (decision 064): make a plan of a kind, fill it in, add measures from the
// measures bank in one click, activate it (the server's refusal reasons and warnings shown as they are,
// and at their fields), print it and read its versions. Panels open in place; focus follows.

type CaseWithPlans = CaseDetail & { plans?: PlanSummary[] };
const STATUS_COLOR = { utkast: 'neutral', aktiv: 'success', avsluttet: 'warning' } as const;

export function PlansSection({ data, onChanged }: { data: CaseDetail; onChanged: Changed }) {
  const { t } = useTranslation();
  const plans = (data as CaseWithPlans).plans ?? [];
  const [open, setOpen] = useState<string | null>(null);
  const [kind, setKind] = useState<PlanKind>('samarbeidsavtale');
  const [busy, setBusy] = useState(false);
  const { failure, fail, clear } = useFailure();
  const readOnly = data.readOnly;

  async function create(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    clear();
    try {
      const { plan } = await planApi.create(data.id, kind);
      await onChanged(t('plans.created', { title: plan.title }));
      setOpen(plan.id);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section id="planer" heading={t('plans.heading')}>
      <Paragraph>{t('plans.intro')}</Paragraph>
      {plans.length === 0 ? (
        <Paragraph>{t('plans.none')}</Paragraph>
      ) : (
        <ul className="plan-list">
          {plans.map((p) => (
            <li key={p.id}>
              <Heading level={3} data-size="xs" id={`plan-${p.id}`} tabIndex={-1}>
                {p.title} <Tag data-color={STATUS_COLOR[p.status]}>{t(`plans.status_${p.status}`)}</Tag>
              </Heading>
              <Button
                variant="secondary"
                data-size="sm"
                aria-expanded={open === p.id}
                onClick={() => setOpen(open === p.id ? null : p.id)}
              >
                {open === p.id ? t('plans.closePanel', { title: p.title }) : t('plans.open', { title: p.title })}
              </Button>
              {open === p.id && <PlanPanel caseData={data} summary={p} onChanged={onChanged} />}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && data.state.status === 'open' && (
        <form onSubmit={create} className="plan-create">
          <Field>
            <Label>{t('plans.kindLabel')}</Label>
            <Select value={kind} onChange={(e) => setKind(e.target.value as PlanKind)} width="auto">
              {PLAN_KINDS.map((k) => (
                <Select.Option key={k} value={k}>
                  {PLAN_KIND_NAMES[k]}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Button type="submit" disabled={busy}>
            {t('plans.create')}
          </Button>
          <FailureMessage failure={failure} fallback={t('plans.failed')} />
        </form>
      )}
    </Section>
  );
}

function PlanPanel({
  caseData,
  summary,
  onChanged,
}: {
  caseData: CaseDetail;
  summary: PlanSummary;
  onChanged: Changed;
}) {
  const { t } = useTranslation();
  const [detail, setDetail] = useState<PlanDetail | null>(null);
  const [draft, setDraft] = useState<Plan | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<{ reasons: PlanNotice[]; warnings: PlanNotice[] } | null>(null);
  const [activatedWarnings, setActivatedWarnings] = useState<PlanNotice[] | null>(null);
  const [versions, setVersions] = useState<PlanVersion[] | null>(null);
  const [busy, setBusy] = useState(false);
  const { failure, fail, clear } = useFailure();
  const editable = !caseData.readOnly && detail !== null && detail.status !== 'avsluttet';

  const load = useCallback(async () => {
    try {
      const { plan } = await planApi.get(caseData.id, summary.id);
      setDetail(plan);
      setDraft(plan.content);
    } catch (error) {
      fail(error);
    }
  }, [caseData.id, summary.id, fail]);
  // Read again when the plan is saved elsewhere (a new version in the summary).
  useEffect(() => {
    void load();
  }, [load, summary.version]);

  async function run(what: () => Promise<string>) {
    setBusy(true);
    clear();
    setProblems({});
    try {
      const text = await what();
      await onChanged(text);
      await load();
      if (versions) setVersions((await planApi.versions(caseData.id, summary.id)).versions);
    } catch (error) {
      const found = problemsByPath(error);
      setProblems(found);
      const notices = activationNotices(error);
      if (notices) setRefusal(notices);
      fail(error);
      const first = Object.keys(found)[0];
      if (first !== undefined && !notices)
        focusById(
          fieldId(
            summary.id,
            first
              .split(/[.[\]]+/)
              .filter(Boolean)
              .map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
          ),
        );
    } finally {
      setBusy(false);
    }
  }

  const save = (e: FormEvent) => {
    e.preventDefault();
    if (!draft || !detail) return;
    void run(async () => {
      const r = await planApi.save(caseData.id, summary.id, draft, detail.version);
      setRefusal(null);
      return t('plans.saved', { version: r.version });
    });
  };
  const activate = () =>
    detail &&
    void run(async () => {
      const r = await planApi.activate(caseData.id, summary.id, detail.version);
      setRefusal(null);
      setActivatedWarnings(r.warnings);
      return t('plans.activated');
    });
  const close = () =>
    detail && void run(async () => (await planApi.close(caseData.id, summary.id, detail.version), t('plans.closed')));
  async function print() {
    try {
      const { pdf, fileName } = await planApi.pdf(caseData.id, summary.id);
      downloadPdf(pdf, fileName);
    } catch (error) {
      fail(error);
    }
  }
  async function showVersions() {
    try {
      setVersions(versions ? null : (await planApi.versions(caseData.id, summary.id)).versions);
    } catch (error) {
      fail(error);
    }
  }

  if (!detail || !draft) return <FailureMessage failure={failure} fallback={t('plans.failed')} />;
  const bind: Bind = {
    planId: summary.id,
    plan: draft,
    set: (path, value) => setDraft((d) => (d ? setIn(d, path, value) : d)),
    problems,
    readOnly: !editable,
  };
  return (
    <div className="plan-panel">
      <dl className="case-facts">
        <div>
          <dt>{t('plans.statusLabel')}</dt>
          <dd>
            {detail.statusLabel}
            {detail.activatedOn
              ? ` · ${t('plans.activatedOn', { date: detail.activatedOn, name: detail.activatedByName ?? '' })}`
              : ''}
          </dd>
        </div>
        <div>
          <dt>{t('plans.versionLabel')}</dt>
          <dd>
            {t('plans.versionValue', {
              version: detail.version,
              name: detail.updatedByName,
              at: formatDateTime(detail.updatedAt),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('plans.pupilVoice')}</dt>
          <dd>
            {detail.pupilVoice.length
              ? detail.pupilVoice
                  .map((v) =>
                    v.kind === 'form'
                      ? t('plans.voiceForm', { on: v.on })
                      : t('plans.voicePerson', { name: v.name ?? '', on: v.on }),
                  )
                  .join(', ')
              : t('plans.voiceMissing')}
          </dd>
        </div>
        {detail.attendance && (
          <div>
            <dt>{t('plans.attendance')}</dt>
            <dd>{detail.attendance.summary}</dd>
          </div>
        )}
      </dl>
      {detail.status === 'utkast' && !detail.activation.ok && !refusal && (
        <Alert data-color="info">
          <Paragraph>{t('plans.notYet')}</Paragraph>
          <NoticeList notices={detail.activation.reasons} />
        </Alert>
      )}
      <div aria-live="polite">
        {refusal && (
          <Alert data-color="danger">
            <Heading level={4} data-size="2xs">
              {t('plans.refusedHeading')}
            </Heading>
            <NoticeList notices={refusal.reasons} />
          </Alert>
        )}
        {(refusal?.warnings ?? activatedWarnings ?? detail.activation.warnings).length > 0 && (
          <Alert data-color="warning">
            <Heading level={4} data-size="2xs">
              {t('plans.warningsHeading')}
            </Heading>
            <NoticeList notices={refusal?.warnings ?? activatedWarnings ?? detail.activation.warnings} />
          </Alert>
        )}
      </div>
      <form onSubmit={save} noValidate>
        <PlanFields bind={bind} caseData={caseData} />
        {editable && (
          <MeasureBank
            plan={draft}
            planId={summary.id}
            mapped={caseData.mappedCauses ?? null}
            onAdd={(next, focus) => {
              setDraft(next);
              focusById(fieldId(summary.id, focus));
            }}
          />
        )}
        <FailureMessage failure={failure} fallback={t('plans.failed')} />
        <div className="plan-actions">
          {editable && (
            <Button type="submit" disabled={busy}>
              {t('plans.save')}
            </Button>
          )}
          {editable && detail.status === 'utkast' && (
            <Button type="button" variant="secondary" disabled={busy} onClick={activate}>
              {t('plans.activate')}
            </Button>
          )}
          {editable && (
            <Button type="button" variant="tertiary" disabled={busy} onClick={close}>
              {t('plans.close')}
            </Button>
          )}
          <Button type="button" variant="secondary" onClick={() => void print()}>
            {t('plans.print')}
          </Button>
          <Button
            type="button"
            variant="tertiary"
            aria-expanded={versions !== null}
            onClick={() => void showVersions()}
          >
            {versions ? t('plans.hideVersions') : t('plans.showVersions')}
          </Button>
        </div>
      </form>
      {versions && <Versions versions={versions} />}
    </div>
  );
}

function NoticeList({ notices }: { notices: PlanNotice[] }) {
  return (
    <ul>
      {notices.map((n, i) => (
        <li key={`${n.code}-${i}`}>
          {n.message} <span className="plan-source">({n.source})</span>
        </li>
      ))}
    </ul>
  );
}

function Versions({ versions }: { versions: PlanVersion[] }) {
  const { t } = useTranslation();
  return (
    <div className="plan-versions">
      <Heading level={4} data-size="2xs">
        {t('plans.versionsHeading')}
      </Heading>
      <ol>
        {[...versions].reverse().map((v) => (
          <li key={v.version}>
            <Paragraph>
              {t('plans.versionLine', {
                version: v.version,
                status: v.statusLabel,
                name: v.editedByName,
                at: formatDateTime(v.editedAt),
              })}
            </Paragraph>
            {v.changes.length > 0 && (
              <ul>
                {v.changes.map((c, i) => (
                  <li key={i}>
                    {c.type === 'added'
                      ? t('plans.changeAdded', { label: c.label, after: c.after ?? '' })
                      : c.type === 'removed'
                        ? t('plans.changeRemoved', { label: c.label, before: c.before ?? '' })
                        : t('plans.changeChanged', { label: c.label, before: c.before ?? '', after: c.after ?? '' })}
                  </li>
                ))}
              </ul>
            )}
            {v.changes.length === 0 && v.version > 1 && !v.statusChanged && (
              <Paragraph>{t('plans.noChanges')}</Paragraph>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

// ——— The measures bank: search, and add a measure in one click ———

/** The best suggestions shown at first; the rest behind «Vis alle». */
const SUGGESTIONS_SHOWN = 10;

function MeasureBank({
  plan,
  planId,
  mapped,
  onAdd,
}: {
  plan: Plan;
  planId: string;
  mapped: MappedCauses | null;
  onAdd(next: Plan, focus: Path): void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [level, setLevel] = useState('');
  const [group, setGroup] = useState('');
  const [groups, setGroups] = useState<{ id: string; title: string }[]>([]);
  const [found, setFound] = useState<BankMeasure[] | null>(null);
  const [suggested, setSuggested] = useState<SuggestedMeasure[] | null>(null);
  const [allSuggested, setAllSuggested] = useState(false);
  const { failure, fail, clear } = useFailure();
  const causes = causesParam(mapped);
  const takesMeasures = plan.kind === 'tiltaksplan' || plan.kind === 'samarbeidsavtale';
  // The bank's groups for the filter, once.
  useEffect(() => {
    if (!takesMeasures) return;
    let current = true;
    planApi.measures('').then(
      (r) => current && setGroups(r.groups),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [takesMeasures]);
  // The suggestions follow the case's latest årsakskartlegging (decision 061): fetched again when it changes.
  useEffect(() => {
    if (!takesMeasures || causes === '') return setSuggested(null);
    let current = true;
    planApi.suggestions(causes).then(
      (r) => current && setSuggested(suggestedMeasures(r.suggestions, r.measures)),
      (error: unknown) => current && fail(error),
    );
    return () => {
      current = false;
    };
  }, [causes, takesMeasures, fail]);
  if (!takesMeasures) return null;
  const add = (title: string) => {
    const added = addBankMeasure(plan, { title });
    if (added) onAdd(added.plan, added.focus);
  };
  async function search() {
    clear();
    try {
      const result = await planApi.measures(q.trim(), { level, group });
      setGroups(result.groups);
      setFound(result.measures.slice(0, 10));
    } catch (error) {
      fail(error);
    }
  }
  return (
    <Fieldset className="plan-bank">
      <Fieldset.Legend>{t('plans.bankLegend')}</Fieldset.Legend>
      {mapped && suggested && (
        <div className="plan-bank-suggestions">
          <Heading level={4} data-size="2xs" id={`plan-${planId}-bank-suggested`}>
            {t('plans.suggestedHeading', { date: formatDate(mapped.filledOn) })}
          </Heading>
          {suggested.length === 0 ? (
            <Paragraph data-size="sm">{t('plans.suggestedNone')}</Paragraph>
          ) : (
            <ul className="plan-bank-results" aria-labelledby={`plan-${planId}-bank-suggested`}>
              {(allSuggested ? suggested : suggested.slice(0, SUGGESTIONS_SHOWN)).map((m) => (
                <li key={m.id}>
                  <span>{m.title}</span>
                  {m.groupTitle && (
                    <>
                      {' '}
                      <span className="plan-source">({m.groupTitle})</span>
                    </>
                  )}{' '}
                  <Button
                    type="button"
                    data-size="sm"
                    variant="tertiary"
                    aria-describedby={`plan-${planId}-fits-${m.id}`}
                    onClick={() => add(m.title)}
                  >
                    {t('plans.bankAdd', { title: m.title })}
                  </Button>
                  <br />
                  <span className="plan-source" id={`plan-${planId}-fits-${m.id}`}>
                    {t('plans.suggestedFits', { causes: m.fits.join(', ') })}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {suggested.length > SUGGESTIONS_SHOWN && (
            <Button
              type="button"
              data-size="sm"
              variant="secondary"
              aria-expanded={allSuggested}
              onClick={() => setAllSuggested(!allSuggested)}
            >
              {allSuggested
                ? t('plans.suggestedFewer', { count: SUGGESTIONS_SHOWN })
                : t('plans.suggestedAll', { count: suggested.length })}
            </Button>
          )}
        </div>
      )}
      <Textfield
        id={`plan-${planId}-bank-q`}
        label={t('plans.bankSearch')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void search();
          }
        }}
      />
      <div className="button-row">
        <Field>
          <Label>{t('plans.bankLevel')}</Label>
          <Select value={level} onChange={(e) => setLevel(e.target.value)} width="auto">
            <Select.Option value="">{t('plans.bankAllLevels')}</Select.Option>
            {['0', '1', '2', '3'].map((l) => (
              <Select.Option key={l} value={l}>
                {t('plans.bankLevelN', { level: l })}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('plans.bankGroup')}</Label>
          <Select value={group} onChange={(e) => setGroup(e.target.value)} width="auto">
            <Select.Option value="">{t('plans.bankAllGroups')}</Select.Option>
            {groups.map((g) => (
              <Select.Option key={g.id} value={g.id}>
                {g.title}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <Button type="button" variant="secondary" data-size="sm" onClick={() => void search()}>
        {t('plans.bankSearchButton')}
      </Button>
      <FailureMessage failure={failure} fallback={t('plans.failed')} />
      {found && (
        <div aria-live="polite">
          <Paragraph>{t('plans.bankFound', { count: found.length })}</Paragraph>
          <ul className="plan-bank-results">
            {found.map((m) => (
              <li key={m.id}>
                <span>{m.title}</span> <span className="plan-source">({m.group.title})</span>{' '}
                <Button type="button" data-size="sm" variant="tertiary" onClick={() => add(m.title)}>
                  {t('plans.bankAdd', { title: m.title })}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Fieldset>
  );
}

// ——— The fields of each kind ———

type Bind = {
  planId: string;
  plan: Plan;
  set(path: Path, value: unknown): void;
  problems: Record<string, string>;
  readOnly: boolean;
};

function Text({
  bind,
  path,
  label,
  multiline,
  type,
  description,
}: {
  bind: Bind;
  path: Path;
  label: string;
  multiline?: boolean;
  type?: 'date' | 'time';
  description?: string;
}) {
  const value = getIn(bind.plan, path);
  const error = bind.problems[pathKey(path)];
  const common = {
    id: fieldId(bind.planId, path),
    label,
    description,
    readOnly: bind.readOnly,
    error,
    value: typeof value === 'string' ? value : '',
  };
  if (multiline) return <Textfield {...common} multiline rows={3} onChange={(e) => bind.set(path, e.target.value)} />;
  return <Textfield {...common} type={type} onChange={(e) => bind.set(path, e.target.value)} />;
}

/** A date that may be empty (stored as null). */
function OptionalDate({ bind, path, label }: { bind: Bind; path: Path; label: string }) {
  const value = getIn(bind.plan, path);
  return (
    <Textfield
      id={fieldId(bind.planId, path)}
      label={label}
      type="date"
      readOnly={bind.readOnly}
      error={bind.problems[pathKey(path)]}
      value={typeof value === 'string' ? value : ''}
      onChange={(e) => bind.set(path, e.target.value === '' ? null : e.target.value)}
    />
  );
}

/** A list of texts, one a line. */
function Lines({ bind, path, label }: { bind: Bind; path: Path; label: string }) {
  const { t } = useTranslation();
  const value = getIn(bind.plan, path);
  const lines = Array.isArray(value) ? (value as string[]) : [];
  const nested = Object.entries(bind.problems).find(([k]) => k.startsWith(`${pathKey(path)}[`))?.[1];
  return (
    <Textfield
      id={fieldId(bind.planId, path)}
      label={label}
      description={t('plans.oneALine')}
      multiline
      rows={3}
      readOnly={bind.readOnly}
      error={bind.problems[pathKey(path)] ?? nested}
      value={lines.join('\n')}
      onChange={(e) => bind.set(path, e.target.value.split('\n'))}
    />
  );
}

function Choice<T extends string>({
  bind,
  path,
  label,
  options,
  empty,
}: {
  bind: Bind;
  path: Path;
  label: string;
  options: Record<T, string>;
  empty?: string;
}) {
  const value = getIn(bind.plan, path);
  const error = bind.problems[pathKey(path)];
  return (
    <Field>
      <Label>{label}</Label>
      <Select
        id={fieldId(bind.planId, path)}
        value={typeof value === 'string' ? value : ''}
        disabled={bind.readOnly}
        width="auto"
        aria-invalid={error ? true : undefined}
        onChange={(e) => bind.set(path, e.target.value === '' ? null : e.target.value)}
      >
        {empty !== undefined && <Select.Option value="">{empty}</Select.Option>}
        {(Object.entries(options) as [T, string][]).map(([k, name]) => (
          <Select.Option key={k} value={k}>
            {name}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}

/** Rows of a list (measures, agreement rows, day rows, steps, signatures) with add and remove. */
function Rows<T extends object>({
  bind,
  path,
  legend,
  itemLabel,
  make,
  children,
}: {
  bind: Bind;
  path: Path;
  legend: string;
  itemLabel: (i: number) => string;
  make: (items: T[]) => T;
  children: (at: Path, i: number) => ReactNode;
}) {
  const { t } = useTranslation();
  const items = (getIn(bind.plan, path) as T[] | undefined) ?? [];
  const error = bind.problems[pathKey(path)];
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {error && <ValidationMessage id={fieldId(bind.planId, path)}>{error}</ValidationMessage>}
      {items.map((_, i) => (
        <Fieldset key={(items[i] as { id?: string }).id ?? i} className="plan-row">
          <Fieldset.Legend>{itemLabel(i)}</Fieldset.Legend>
          {children([...path, i], i)}
          {!bind.readOnly && (
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              onClick={() =>
                bind.set(
                  path,
                  items.filter((__, j) => j !== i),
                )
              }
            >
              {t('plans.removeRow', { item: itemLabel(i) })}
            </Button>
          )}
        </Fieldset>
      ))}
      {!bind.readOnly && (
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={() => {
            bind.set(path, [...items, make(items)]);
            focusById(fieldId(bind.planId, [...path, items.length, firstKey(make(items))]));
          }}
        >
          {t('plans.addRow', { item: itemLabel(items.length) })}
        </Button>
      )}
    </Fieldset>
  );
}
const firstKey = (item: object) => Object.keys(item).find((k) => k !== 'id') ?? 'id';
const ids = (items: unknown[]) => items as { id: string }[];

function PlanFields({ bind, caseData }: { bind: Bind; caseData: CaseDetail }) {
  const { t } = useTranslation();
  const plan = bind.plan;
  const common = <Text bind={bind} path={['date']} label={t('plans.f.date')} type="date" />;
  switch (plan.kind) {
    case 'samarbeidsavtale':
      return (
        <>
          {common}
          <Text bind={bind} path={['status']} label={t('plans.f.status')} multiline />
          <Text bind={bind} path={['mainGoal']} label={t('plans.f.mainGoal')} multiline />
          <Rows
            bind={bind}
            path={['rows']}
            legend={t('plans.f.agreementRows')}
            itemLabel={(i) => t('plans.f.rowN', { n: i + 1 })}
            make={(items) => ({
              id: newRowId('r', ids(items)),
              subGoal: '',
              measure: '',
              responsible: '',
              deadline: null,
              reducesAttendance: null,
            })}
          >
            {(at) => (
              <>
                <Text bind={bind} path={[...at, 'subGoal']} label={t('plans.f.subGoal')} />
                <Text bind={bind} path={[...at, 'measure']} label={t('plans.f.measure')} multiline />
                <Text bind={bind} path={[...at, 'responsible']} label={t('plans.f.responsible')} />
                <OptionalDate bind={bind} path={[...at, 'deadline']} label={t('plans.f.deadline')} />
              </>
            )}
          </Rows>
          <Text
            bind={bind}
            path={['planB']}
            label={t('plans.f.planB')}
            multiline
            description={t('plans.f.planBHelp')}
          />
          <OptionalDate bind={bind} path={['evaluationOn']} label={t('plans.f.evaluationOn')} />
          <Rows
            bind={bind}
            path={['signatures']}
            legend={t('plans.f.signatures')}
            itemLabel={(i) => t('plans.f.signatureN', { n: i + 1 })}
            make={() => ({ name: '', role: 'foresatt', signedOn: plan.date })}
          >
            {(at) => (
              <>
                <Text bind={bind} path={[...at, 'name']} label={t('plans.f.name')} />
                <Choice bind={bind} path={[...at, 'role']} label={t('plans.f.role')} options={SIGNATORY_ROLES} />
                <Text bind={bind} path={[...at, 'signedOn']} label={t('plans.f.signedOn')} type="date" />
              </>
            )}
          </Rows>
        </>
      );
    case 'tiltaksplan':
      return (
        <>
          {common}
          <Text bind={bind} path={['longTermGoal']} label={t('plans.f.longTermGoal')} multiline />
          <Lines bind={bind} path={['subGoals']} label={t('plans.f.subGoals')} />
          <Text bind={bind} path={['period', 'from']} label={t('plans.f.periodFrom')} type="date" />
          <Text bind={bind} path={['period', 'to']} label={t('plans.f.periodTo')} type="date" />
          <Text bind={bind} path={['statusAndEvaluation']} label={t('plans.f.statusAndEvaluation')} multiline />
          <Text bind={bind} path={['timetableAndAttendance']} label={t('plans.f.timetableAndAttendance')} multiline />
          <Rows
            bind={bind}
            path={['measures']}
            legend={t('plans.f.measures')}
            itemLabel={(i) => t('plans.f.measureN', { n: i + 1 })}
            make={(items) => ({
              id: newRowId('m', ids(items)),
              description: '',
              planB: '',
              responsible: '',
              attendanceReduction: null,
              homeSchooling: null,
            })}
          >
            {(at) => <MeasureFields bind={bind} at={at} caseData={caseData} />}
          </Rows>
          <Text bind={bind} path={['triggers']} label={t('plans.f.triggers')} multiline />
          <OptionalDate bind={bind} path={['nextMeetingOn']} label={t('plans.f.nextMeetingOn')} />
        </>
      );
    case 'dagsplan':
      return (
        <>
          {common}
          <Text bind={bind} path={['appliesTo']} label={t('plans.f.appliesTo')} />
          <Rows
            bind={bind}
            path={['rows']}
            legend={t('plans.f.dayRows')}
            itemLabel={(i) => t('plans.f.rowN', { n: i + 1 })}
            make={(items) => ({
              id: newRowId('d', ids(items)),
              from: '08:00',
              to: null,
              where: '',
              what: '',
              responsible: '',
            })}
          >
            {(at) => (
              <>
                <Text bind={bind} path={[...at, 'from']} label={t('plans.f.from')} type="time" />
                <Text bind={bind} path={[...at, 'to']} label={t('plans.f.to')} type="time" />
                <Text bind={bind} path={[...at, 'where']} label={t('plans.f.where')} />
                <Text bind={bind} path={[...at, 'what']} label={t('plans.f.what')} />
                <Text bind={bind} path={[...at, 'responsible']} label={t('plans.f.responsible')} />
                <Text bind={bind} path={[...at, 'why']} label={t('plans.f.why')} />
                <Text bind={bind} path={[...at, 'how']} label={t('plans.f.how')} />
                <Text bind={bind} path={[...at, 'withWhom']} label={t('plans.f.withWhom')} />
                <Text bind={bind} path={[...at, 'afterwards']} label={t('plans.f.afterwards')} />
              </>
            )}
          </Rows>
        </>
      );
    case 'gradvis-tilbakeforing':
      return (
        <>
          {common}
          <Text bind={bind} path={['goal']} label={t('plans.f.goal')} multiline />
          <Text bind={bind} path={['arena']} label={t('plans.f.arena')} />
          <Rows
            bind={bind}
            path={['steps']}
            legend={t('plans.f.steps')}
            itemLabel={(i) => t('plans.f.stepN', { n: i + 1 })}
            make={(items) => ({
              id: newRowId('s', ids(items)),
              from: plan.date,
              to: plan.date,
              where: '',
              when: '',
              what: '',
              who: '',
              attendance: 'delvis',
              pupilTasks: [],
              guardianTasks: [],
              schoolTasks: [],
              moveOnWhen: '',
            })}
          >
            {(at) => (
              <>
                <Text bind={bind} path={[...at, 'from']} label={t('plans.f.periodFrom')} type="date" />
                <Text bind={bind} path={[...at, 'to']} label={t('plans.f.periodTo')} type="date" />
                <Text bind={bind} path={[...at, 'where']} label={t('plans.f.where')} />
                <Text bind={bind} path={[...at, 'when']} label={t('plans.f.when')} />
                <Text bind={bind} path={[...at, 'what']} label={t('plans.f.whatStep')} />
                <Text bind={bind} path={[...at, 'who']} label={t('plans.f.who')} />
                <Choice
                  bind={bind}
                  path={[...at, 'attendance']}
                  label={t('plans.f.attendance')}
                  options={{ hel: t('plans.f.attendanceFull'), delvis: t('plans.f.attendancePartial') }}
                />
                <Lines bind={bind} path={[...at, 'pupilTasks']} label={t('plans.f.pupilTasks')} />
                <Lines bind={bind} path={[...at, 'guardianTasks']} label={t('plans.f.guardianTasks')} />
                <Lines bind={bind} path={[...at, 'schoolTasks']} label={t('plans.f.schoolTasks')} />
                <Text bind={bind} path={[...at, 'moveOnWhen']} label={t('plans.f.moveOnWhen')} />
              </>
            )}
          </Rows>
          <OptionalDate bind={bind} path={['evaluationOn']} label={t('plans.f.evaluationOn')} />
          <ReductionFields bind={bind} at={['attendanceReduction']} caseData={caseData} />
        </>
      );
    case 'opplaering-ved-sykdom':
      return (
        <>
          {common}
          <Choice
            bind={bind}
            path={['doctorStatementId']}
            label={t('plans.f.doctorStatement')}
            empty={t('plans.f.noneChosen')}
            options={Object.fromEntries(
              caseData.assessments
                .filter((a) => a.kind === 'legeerklaering')
                .map((a) => [a.id, `${a.issuedBy} (${a.issuedOn})`]),
            )}
          />
          <Choice
            bind={bind}
            path={['presenceAtSchool']}
            label={t('plans.f.presenceAtSchool')}
            options={PRESENCE_LEVELS}
          />
          <Text bind={bind} path={['condition']} label={t('plans.f.condition')} multiline />
          <Text bind={bind} path={['expectedAbsence', 'from']} label={t('plans.f.periodFrom')} type="date" />
          <OptionalDate bind={bind} path={['expectedAbsence', 'until']} label={t('plans.f.until')} />
          <Text bind={bind} path={['expectedAbsence', 'description']} label={t('plans.f.expectedAbsence')} />
          <Text bind={bind} path={['assessment']} label={t('plans.f.assessment')} multiline />
          <Choice bind={bind} path={['place']} label={t('plans.f.place')} options={TEACHING_PLACES} />
          <Text bind={bind} path={['placeDescription']} label={t('plans.f.placeDescription')} />
          <Text bind={bind} path={['teaching']} label={t('plans.f.teaching')} multiline />
          <Text bind={bind} path={['schoolOffer']} label={t('plans.f.schoolOffer')} multiline />
          <Text bind={bind} path={['followedUpBy']} label={t('plans.f.followedUpBy')} />
          <OptionalDate bind={bind} path={['evaluationOn']} label={t('plans.f.evaluationOn')} />
        </>
      );
  }
}

function MeasureFields({ bind, at, caseData }: { bind: Bind; at: Path; caseData: CaseDetail }) {
  const { t } = useTranslation();
  const home = getIn(bind.plan, [...at, 'homeSchooling']) as { grounds: string } | null | undefined;
  const returnPlans = ((caseData as CaseWithPlans).plans ?? []).filter((p) => p.kind === 'gradvis-tilbakeforing');
  return (
    <>
      <Text bind={bind} path={[...at, 'description']} label={t('plans.f.measure')} multiline />
      <Text
        bind={bind}
        path={[...at, 'planB']}
        label={t('plans.f.measurePlanB')}
        multiline
        description={t('plans.f.planBHelp')}
      />
      <Text bind={bind} path={[...at, 'responsible']} label={t('plans.f.responsible')} />
      <ReductionFields bind={bind} at={[...at, 'attendanceReduction']} caseData={caseData} />
      <Field>
        <Label>{t('plans.f.homeSchooling')}</Label>
        <Select
          id={fieldId(bind.planId, [...at, 'homeSchooling'])}
          value={home?.grounds ?? ''}
          disabled={bind.readOnly}
          width="auto"
          onChange={(e) =>
            bind.set(
              [...at, 'homeSchooling'],
              e.target.value === ''
                ? null
                : {
                    grounds: e.target.value,
                    explanation: '',
                    returnPlanId: null,
                    ...(home ?? {}),
                    ...(home ? { grounds: e.target.value } : {}),
                  },
            )
          }
        >
          <Select.Option value="">{t('plans.f.noHomeSchooling')}</Select.Option>
          {Object.entries(HOME_SCHOOLING_GROUNDS).map(([k, name]) => (
            <Select.Option key={k} value={k}>
              {name}
            </Select.Option>
          ))}
        </Select>
        {bind.problems[pathKey([...at, 'homeSchooling'])] && (
          <ValidationMessage>{bind.problems[pathKey([...at, 'homeSchooling'])]}</ValidationMessage>
        )}
      </Field>
      {home && (
        <>
          <Text
            bind={bind}
            path={[...at, 'homeSchooling', 'explanation']}
            label={t('plans.f.homeExplanation')}
            multiline
          />
          <Choice
            bind={bind}
            path={[...at, 'homeSchooling', 'returnPlanId']}
            label={t('plans.f.returnPlan')}
            empty={t('plans.f.noneChosen')}
            options={Object.fromEntries(returnPlans.map((p) => [p.id, p.title]))}
          />
        </>
      )}
    </>
  );
}

function ReductionFields({ bind, at, caseData }: { bind: Bind; at: Path; caseData: CaseDetail }) {
  const { t } = useTranslation();
  const reduction = getIn(bind.plan, at) as { kind: string; basis: { type: string } | null } | null | undefined;
  const basisType = reduction?.basis?.type ?? '';
  const temporary = {
    type: 'midlertidig',
    from: bind.plan.date,
    until: bind.plan.date,
    evaluateOn: bind.plan.date,
    considerations: '',
    bestInterest: '',
    sakkyndigUttalelseId: null,
  };
  const expert = {
    type: 'sakkyndig-vurdering',
    assessmentId: '',
    recommendation: '',
    guardianConsent: { signedOn: bind.plan.date, signedBy: [] },
  };
  return (
    <>
      <Field>
        <Label>{t('plans.f.reduction')}</Label>
        <Select
          id={fieldId(bind.planId, at)}
          value={reduction?.kind ?? ''}
          disabled={bind.readOnly}
          width="auto"
          onChange={(e) =>
            bind.set(
              at,
              e.target.value === ''
                ? null
                : { description: '', basis: null, ...(reduction ?? {}), kind: e.target.value },
            )
          }
        >
          <Select.Option value="">{t('plans.f.noReduction')}</Select.Option>
          {Object.entries(REDUCTION_KINDS).map(([k, name]) => (
            <Select.Option key={k} value={k}>
              {name}
            </Select.Option>
          ))}
        </Select>
        {bind.problems[pathKey(at)] && <ValidationMessage>{bind.problems[pathKey(at)]}</ValidationMessage>}
      </Field>
      {reduction && (
        <>
          <Text bind={bind} path={[...at, 'description']} label={t('plans.f.reductionDescription')} />
          <Field>
            <Label>{t('plans.f.basis')}</Label>
            <Select
              id={fieldId(bind.planId, [...at, 'basis'])}
              value={basisType}
              disabled={bind.readOnly}
              width="auto"
              onChange={(e) =>
                bind.set(
                  [...at, 'basis'],
                  e.target.value === 'midlertidig'
                    ? temporary
                    : e.target.value === 'sakkyndig-vurdering'
                      ? expert
                      : null,
                )
              }
            >
              <Select.Option value="">{t('plans.f.noBasis')}</Select.Option>
              <Select.Option value="sakkyndig-vurdering">{t('plans.f.basisExpert')}</Select.Option>
              <Select.Option value="midlertidig">{t('plans.f.basisTemporary')}</Select.Option>
            </Select>
            {bind.problems[pathKey([...at, 'basis'])] && (
              <ValidationMessage>{bind.problems[pathKey([...at, 'basis'])]}</ValidationMessage>
            )}
          </Field>
          {basisType === 'midlertidig' && (
            <>
              <Text bind={bind} path={[...at, 'basis', 'from']} label={t('plans.f.periodFrom')} type="date" />
              <Text bind={bind} path={[...at, 'basis', 'until']} label={t('plans.f.until')} type="date" />
              <Text bind={bind} path={[...at, 'basis', 'evaluateOn']} label={t('plans.f.evaluateOn')} type="date" />
              <Text
                bind={bind}
                path={[...at, 'basis', 'considerations']}
                label={t('plans.f.considerations')}
                multiline
              />
              <Text bind={bind} path={[...at, 'basis', 'bestInterest']} label={t('plans.f.bestInterest')} multiline />
            </>
          )}
          {basisType === 'sakkyndig-vurdering' && (
            <>
              <Choice
                bind={bind}
                path={[...at, 'basis', 'assessmentId']}
                label={t('plans.f.expertAssessment')}
                empty={t('plans.f.noneChosen')}
                options={Object.fromEntries(
                  caseData.assessments
                    .filter((a) => a.kind === 'sakkyndig-vurdering')
                    .map((a) => [a.id, `${a.issuedBy} (${a.issuedOn})`]),
                )}
              />
              <Text bind={bind} path={[...at, 'basis', 'recommendation']} label={t('plans.f.recommendation')} />
              <Text
                bind={bind}
                path={[...at, 'basis', 'guardianConsent', 'signedOn']}
                label={t('plans.f.consentSignedOn')}
                type="date"
              />
              <Lines
                bind={bind}
                path={[...at, 'basis', 'guardianConsent', 'signedBy']}
                label={t('plans.f.consentSignedBy')}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
