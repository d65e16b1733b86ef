import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { SourceNote } from '../../../ui/SourceNote';
import { PrintInLanguages } from '../../../components/PrintInLanguages';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { guardianApi, type CaseDetail } from '../../../api';
import { SendToGuardiansButton } from '../../../components/SendToGuardians';
import { FailureMessage, useFailure } from '../../../ui/feedback';
import { focusById } from '../../../ui/focus';
import type { Changed } from '../types';
import { downloadBlob } from '../../../ui/download';
import { formatDate, formatDateTime } from '../../../format';
import type { Plan } from '../../../../domain/plans/plan-schema';
import {
  activationNotices,
  fieldId,
  planApi,
  problemsByPath,
  setIn,
  type PlanDetail,
  type PlanNotice,
  type PlanSummary,
  type PlanVersion,
} from './plans';
import type { Bind } from './fields';
import { PlanFields } from './PlanFields';
import { ForPupilFields } from './ForPupilFields';
import { MeasureBank } from './MeasureBank';
import { emptyHeard, HeardFields, heardInput, heardProblems, HeardRecord, type HeardProblems } from '../HeardFields';

export function PlanPanel({
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
  // Activating starts the measures: «Elevens stemme og barnets beste» goes with it (decision 204).
  const [heard, setHeard] = useState(emptyHeard);
  const [heardIssues, setHeardIssues] = useState<HeardProblems>({});
  const heardBox = useRef<HTMLDivElement>(null);
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
  const activate = () => {
    if (!detail) return;
    const found = heardProblems(heard, t, true);
    setHeardIssues(found);
    const first = Object.keys(found)[0];
    if (first) {
      heardBox.current
        ?.querySelector<HTMLElement>(first === 'obtained' ? 'input[type=radio]' : `[data-heard=${first}]`)
        ?.focus();
      return;
    }
    void run(async () => {
      const r = await planApi.activate(caseData.id, summary.id, detail.version, heardInput(heard));
      setRefusal(null);
      setHeard(emptyHeard);
      setActivatedWarnings(r.warnings);
      return t('plans.activated');
    });
  };
  const close = () =>
    detail && void run(async () => (await planApi.close(caseData.id, summary.id, detail.version), t('plans.closed')));
  async function print() {
    try {
      const { pdf, fileName } = await planApi.pdf(caseData.id, summary.id);
      downloadBlob(pdf, fileName);
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
              ? ` · ${t('plans.activatedOn', { date: formatDate(detail.activatedOn), name: detail.activatedByName ?? '' })}`
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
                      : v.kind === 'pupil-checkin'
                        ? t('pupilEntries.voiceCheckin', { on: v.on })
                        : t('plans.voicePerson', { name: v.name ?? '', on: v.on }),
                  )
                  .join(', ')
              : t('plans.voiceMissing')}
          </dd>
        </div>
        {detail.activationHeard && (
          <div>
            <dt>{t('plans.activationHeard')}</dt>
            <dd>
              <HeardRecord heard={detail.activationHeard} />
            </dd>
          </div>
        )}
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
        <ForPupilFields bind={bind} />
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
        {editable && detail.status === 'utkast' && (
          <div ref={heardBox} className="plan-activation-heard">
            <Paragraph data-size="sm">{t('plans.activationHeardHelp')}</Paragraph>
            <HeardFields
              value={heard}
              onChange={(next) => {
                // A field's error goes once the field is changed; the rest stay until the next try.
                setHeardIssues((issues) =>
                  Object.fromEntries(
                    Object.entries(issues).filter(
                      ([key]) => next[key as keyof typeof next] === heard[key as keyof typeof heard],
                    ),
                  ),
                );
                setHeard(next);
              }}
              problems={heardIssues}
              bestInterest
              pupilVoice={caseData.pupilVoice}
              name={`heard-obtained-${summary.id}`}
            />
          </div>
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
          <PrintInLanguages
            languages={caseData.documentLanguages}
            label={t(`plans.kindName.${detail.kind}`)}
            print={(language) => planApi.pdf(caseData.id, summary.id, language)}
            fileName={(language) => `plan-${language}.pdf`}
          />
          {!caseData.readOnly && detail.status === 'aktiv' && (
            <SendToGuardiansButton
              label={t(`plans.kindName.${detail.kind}`)}
              send={() => guardianApi.sendPlan(caseData.id, summary.id)}
              onChanged={onChanged}
            />
          )}
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
  const { t } = useTranslation();
  return (
    <ul>
      {notices.map((n, i) => (
        <li key={`${n.code}-${i}`}>
          {n.message}
          {n.offer && (
            <>
              {' '}
              {/* The Kartlegging section offers the form itself (a filled one to complete, or a new one). */}
              <Link href="#kartlegging">{t('caseForms.offerLink')}</Link>
            </>
          )}
          <SourceNote source={n.source} />
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
