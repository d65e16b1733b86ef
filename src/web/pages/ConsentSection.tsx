import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Input,
  Label,
  Link,
  Paragraph,
  Radio,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../absence';
import { isOneOf } from '../../contract/enums';
import { CONSENT_SERVICE_CODES } from '../../domain/consent/consent';
import { caseApi } from '../api';
import type { CaseDetail, Consent, ConsentDecision, ConsentFormFacts, ConsentState } from '../api';
import { downloadName } from '../cases';
import { CONSENT_SERVICES, base64OfDataUrl, consentFieldProblems, firstProblemField, scanMime } from '../consent';
import type { ConsentField } from '../consent';
import { ConflictHint } from '../components/absence';
import { FailureMessage, Section, focusById, useFailure, useFocusFirst } from '../components/caseParts';
import type { Changed } from '../components/caseParts';
import { ErrorAlert, errorMessage } from '../components/ErrorAlert';
import { downloadPdf } from '../components/OpenCase';
import { formatDate } from '../format';

// The case's consents after the 001 form (decision 051): the list with state, what is covered and held
// back, the printout and the signed scan; "Registrer samtykke" and "Trekk tilbake" for the school. A
// service partner reads the same list and has no buttons beyond the printout and the scan.

type SectionProps = { data: CaseDetail; onChanged: Changed };

/** The id of "Registrer samtykke", so the checklist's consent task can send the keyboard there. */
export const REGISTER_CONSENT_ID = 'registrer-samtykke';

const STATE_COLOR: Record<ConsentState, 'success' | 'neutral' | 'warning' | 'danger'> = {
  gyldig: 'success',
  avslått: 'danger',
  trukket: 'warning',
  utløpt: 'neutral',
};

export function ConsentSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const form = data.readOnly ? null : data.consentForm;
  return (
    <Section id="samtykke" heading={t('consent.heading')}>
      <Paragraph data-size="sm">{t('consent.help')}</Paragraph>
      {data.consents.length === 0 ? (
        <Paragraph>{t('consent.none')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {data.consents.map((c) => (
            <ConsentItem key={c.id} data={data} consent={c} onChanged={onChanged} />
          ))}
        </ul>
      )}
      {form && (
        <>
          <Button
            ref={addButton}
            id={REGISTER_CONSENT_ID}
            variant={adding ? 'primary' : 'secondary'}
            data-size="sm"
            aria-expanded={adding}
            onClick={() => setAdding(!adding)}
          >
            {t('consent.register')}
          </Button>
          {adding && (
            <ConsentForm
              data={data}
              facts={form}
              onCancel={() => {
                setAdding(false);
                requestAnimationFrame(() => addButton.current?.focus());
              }}
              onDone={async (decision) => {
                setAdding(false);
                await onChanged(decision === 'granted' ? t('consent.saved') : t('consent.savedRefused'));
                requestAnimationFrame(() => addButton.current?.focus());
              }}
            />
          )}
        </>
      )}
    </Section>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function ConsentItem({ data, consent, onChanged }: SectionProps & { consent: Consent }) {
  const { t } = useTranslation();
  const [panel, setPanel] = useState<'withdraw' | 'scan' | null>(null);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const scanButton = useRef<HTMLButtonElement>(null);
  const headingId = `samtykke-${consent.id}`;
  const label = t('consent.itemHeading', { state: consent.stateLabel, date: formatDate(consent.consentDate) });
  const who = [...consent.guardianNames, ...(consent.pupilConsented ? [t('consent.pupilToo')] : [])];
  const heldBack = [
    consent.heldBackMatters ? t('consent.heldBackMatters', { text: consent.heldBackMatters }) : null,
    consent.excludedServices.length
      ? t('consent.heldBackServices', { list: consent.excludedServices.map((s) => s.label).join(', ') })
      : null,
    consent.excludedUserNames.length || consent.excludedPersons
      ? t('consent.heldBackPersons', {
          list: [...consent.excludedUserNames, ...(consent.excludedPersons ? [consent.excludedPersons] : [])].join(
            ', ',
          ),
        })
      : null,
  ].filter((x): x is string => x !== null);
  const writable = !data.readOnly;
  const close = (button: HTMLButtonElement | null) => {
    setPanel(null);
    requestAnimationFrame(() => button?.focus());
  };

  return (
    <li className="meeting consent" data-consent-id={consent.id}>
      <Heading level={3} data-size="2xs" id={headingId} tabIndex={-1}>
        <Tag data-color={STATE_COLOR[consent.state]} data-size="sm">
          {consent.stateLabel}
        </Tag>
        {' · '}
        {formatDate(consent.consentDate)}
      </Heading>
      <dl className="case-facts">
        <Fact term={t('consent.services')}>
          {consent.services.length ? consent.services.map((s) => s.label).join(', ') : t('consent.noServices')}
        </Fact>
        <Fact term={t('consent.consentedBy')}>{who.join(', ')}</Fact>
        <Fact term={t('consent.heldBack')}>
          {heldBack.length === 0 ? (
            t('consent.heldBackNone')
          ) : (
            <ul className="plain-list">
              {heldBack.map((h) => (
                <li key={h}>{h}</li>
              ))}
            </ul>
          )}
        </Fact>
        {consent.decision === 'granted' && (
          <Fact term={t('consent.stafettlogg')}>{consent.stafettlogg ? t('consent.yes') : t('consent.no')}</Fact>
        )}
        <Fact term={t('consent.collectedBy')}>
          {t('consent.collectedByValue', { name: consent.collectedByName, place: consent.collectedAtService })}
        </Fact>
        <Fact term={t('consent.informationGiven')}>{consent.informationGiven}</Fact>
        <Fact term={t('consent.scope')}>{consent.scope}</Fact>
      </dl>
      {consent.withdrawnOn && (
        <Paragraph data-size="sm">
          {t('consent.withdrawnOn', { date: formatDate(consent.withdrawnOn), reason: consent.withdrawalReason ?? '' })}
        </Paragraph>
      )}
      {consent.expiredOn && consent.state === 'utløpt' && (
        <Paragraph data-size="sm">{t('consent.expiredOn', { date: formatDate(consent.expiredOn) })}</Paragraph>
      )}
      {consent.scan && (
        <Paragraph data-size="sm">
          <Link href={caseApi.consentScanUrl(data.id, consent.id)} download={consent.scan.fileName}>
            {t('consent.scanLink', { fileName: consent.scan.fileName })}
          </Link>{' '}
          <span className="class-list__meta">
            {t('consent.scanMeta', { date: formatDate(consent.scan.uploadedAt.slice(0, 10)) })}
          </span>
        </Paragraph>
      )}
      <div className="button-row">
        <PrintButton data={data} consent={consent} label={label} onChanged={onChanged} />
        {writable && consent.state === 'gyldig' && (
          <Button
            ref={withdrawButton}
            variant={panel === 'withdraw' ? 'primary' : 'secondary'}
            data-size="sm"
            aria-expanded={panel === 'withdraw'}
            onClick={() => setPanel(panel === 'withdraw' ? null : 'withdraw')}
          >
            {t('consent.withdraw')}
            <span className="ds-sr-only"> – {label}</span>
          </Button>
        )}
        {writable && (
          <Button
            ref={scanButton}
            variant={panel === 'scan' ? 'primary' : 'tertiary'}
            data-size="sm"
            aria-expanded={panel === 'scan'}
            onClick={() => setPanel(panel === 'scan' ? null : 'scan')}
          >
            {t('consent.attachScan')}
            <span className="ds-sr-only"> – {label}</span>
          </Button>
        )}
      </div>
      {panel === 'withdraw' && (
        <WithdrawForm
          data={data}
          consent={consent}
          onCancel={() => close(withdrawButton.current)}
          onDone={async () => {
            setPanel(null);
            await onChanged(t('consent.withdrawn'));
            focusById(headingId);
          }}
        />
      )}
      {panel === 'scan' && (
        <ScanForm
          data={data}
          consent={consent}
          onCancel={() => close(scanButton.current)}
          onDone={async () => {
            setPanel(null);
            await onChanged(t('consent.scanSaved'));
            focusById(headingId);
          }}
        />
      )}
    </li>
  );
}

/** The consent form with signature lines, downloaded as the minutes and letters are. */
function PrintButton({ data, consent, label, onChanged }: SectionProps & { consent: Consent; label: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const { failure, fail, clear } = useFailure();
  async function print() {
    setBusy(true);
    clear();
    try {
      const { pdf, fileName } = await caseApi.consentPdf(data.id, consent.id);
      downloadPdf(
        pdf,
        fileName ?? downloadName('samtykke', data.pupil.lastName, data.pupil.firstName, consent.consentDate),
      );
      await onChanged(t('consent.printed'));
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Button
        variant="secondary"
        data-size="sm"
        onClick={() => void print()}
        disabled={busy}
        aria-busy={busy || undefined}
      >
        <span aria-hidden="true">📄 </span>
        {busy ? t('consent.printing') : t('consent.print')}
        <span className="ds-sr-only"> – {label}</span>
      </Button>
      <FailureMessage failure={failure} fallback={t('consent.printFailed')} />
    </>
  );
}

/** The server's message as it is (also the 409 "someone changed it"), with "Hent nyeste versjon" after a conflict. */
function Refusal({ failure, fallback }: { failure: { error: unknown; attempt: number } | null; fallback: string }) {
  if (!failure) return null;
  return (
    <div key={failure.attempt}>
      <ErrorAlert>{errorMessage(failure.error, fallback)}</ErrorAlert>
      <ConflictHint error={failure.error} />
    </div>
  );
}

function WithdrawForm({
  data,
  consent,
  onCancel,
  onDone,
}: {
  data: CaseDetail;
  consent: Consent;
  onCancel(): void;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const { failure, fail, clear } = useFailure();
  const [busy, setBusy] = useState(false);
  const form = useFocusFirst<HTMLFormElement>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (!reason.trim()) {
      setProblem(t('consent.withdrawMissing'));
      form.current?.querySelector('textarea')?.focus();
      return;
    }
    setProblem(undefined);
    setBusy(true);
    clear();
    try {
      await caseApi.withdrawConsent(data.id, consent.id, { version: consent.version, reason: reason.trim() });
      await onDone();
    } catch (err) {
      fail(err);
      setBusy(false);
    }
  }

  return (
    <form
      ref={form}
      className="stack-form inline-panel"
      onSubmit={submit}
      noValidate
      aria-label={t('consent.withdraw')}
    >
      <Refusal failure={failure} fallback={t('consent.withdrawFailed')} />
      <Textfield
        multiline
        rows={2}
        name="reason"
        label={t('consent.withdrawReason')}
        description={t('consent.withdrawReasonHelp')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={problem}
      />
      <div className="button-row">
        <Button type="submit" data-size="sm" data-color="danger" disabled={busy} aria-busy={busy || undefined}>
          {t('consent.withdrawSubmit')}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(base64OfDataUrl(String(reader.result)));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

function ScanForm({
  data,
  consent,
  onCancel,
  onDone,
}: {
  data: CaseDetail;
  consent: Consent;
  onCancel(): void;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const { failure, fail, clear } = useFailure();
  const [busy, setBusy] = useState(false);
  const form = useFocusFirst<HTMLFormElement>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (!file) {
      setProblem(t('consent.scanMissing'));
      form.current?.querySelector('input')?.focus();
      return;
    }
    setProblem(undefined);
    setBusy(true);
    clear();
    try {
      // The server checks type, size and that the content is what the name says; its refusal is shown as it is.
      await caseApi.attachConsentScan(data.id, consent.id, {
        fileName: file.name,
        mime: scanMime(file),
        dataBase64: await readBase64(file),
      });
      await onDone();
    } catch (err) {
      fail(err);
      setBusy(false);
    }
  }

  return (
    <form
      ref={form}
      className="stack-form inline-panel"
      onSubmit={submit}
      noValidate
      aria-label={t('consent.attachScan')}
    >
      <Refusal failure={failure} fallback={t('consent.scanFailed')} />
      <Field>
        <Label>{t('consent.scanFile')}</Label>
        <Field.Description>{t('consent.scanFileHelp')}</Field.Description>
        <Input
          type="file"
          name="scan"
          accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          aria-invalid={problem ? true : undefined}
        />
        {problem && <ValidationMessage>{problem}</ValidationMessage>}
      </Field>
      <div className="button-row">
        <Button type="submit" data-size="sm" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t('consent.scanUploading') : t('consent.scanSubmit')}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

const toggle = (list: string[], value: string, on: boolean) =>
  on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

/** "Registrer samtykke", in the order of the 001 form. The server validates; its messages land at their fields. */
function ConsentForm({
  data,
  facts,
  onCancel,
  onDone,
}: {
  data: CaseDetail;
  facts: ConsentFormFacts;
  onCancel(): void;
  onDone(decision: ConsentDecision): Promise<void>;
}) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<ConsentDecision | null>(null);
  const [services, setServices] = useState<string[]>([]);
  const [specialistServices, setSpecialistServices] = useState('');
  const [otherServices, setOtherServices] = useState('');
  const [guardianIds, setGuardianIds] = useState<string[]>(
    facts.guardians.length === 1 ? [facts.guardians[0]!.id] : [],
  );
  const [pupilConsented, setPupilConsented] = useState(false);
  const [informationGiven, setInformationGiven] = useState('');
  const [scope, setScope] = useState('');
  const [heldBackMatters, setHeldBackMatters] = useState('');
  const [excludedServices, setExcludedServices] = useState<string[]>([]);
  const [excludedUserIds, setExcludedUserIds] = useState<string[]>([]);
  const [excludedPersons, setExcludedPersons] = useState('');
  const [stafettlogg, setStafettlogg] = useState(false);
  const [place, setPlace] = useState('');
  const [consentDate, setConsentDate] = useState(() => localToday(new Date()));
  const [collectedAtService, setCollectedAtService] = useState(data.pupil.schoolName);
  const [problems, setProblems] = useState<Partial<Record<ConsentField, string>>>({});
  const { failure, fail, clear } = useFailure();
  const [busy, setBusy] = useState(false);
  const form = useFocusFirst<HTMLFormElement>();
  const granted = decision !== 'refused';

  const focusField = (field: ConsentField) =>
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus());

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (!decision) {
      setProblems({ decision: t('consent.decisionMissing') });
      return focusField('decision');
    }
    setProblems({});
    setBusy(true);
    clear();
    const text = (v: string) => v.trim() || null;
    try {
      await caseApi.recordConsent(data.id, {
        decision,
        services: granted ? services.filter((s) => isOneOf(CONSENT_SERVICE_CODES, s)) : [],
        specialistServices: granted && services.includes('spesialisthelsetjeneste') ? text(specialistServices) : null,
        otherServices: granted && services.includes('andre') ? text(otherServices) : null,
        guardianIds,
        pupilConsented: facts.pupilConsentsToo && pupilConsented,
        informationGiven: informationGiven.trim(),
        scope: scope.trim(),
        heldBackMatters: text(heldBackMatters),
        excludedServices: granted ? excludedServices.filter((s) => isOneOf(CONSENT_SERVICE_CODES, s)) : [],
        excludedUserIds: granted ? excludedUserIds : [],
        excludedPersons: text(excludedPersons),
        stafettlogg: granted && stafettlogg,
        place: text(place),
        consentDate,
        collectedAtService: collectedAtService.trim(),
      });
      await onDone(decision);
    } catch (err) {
      fail(err);
      const found = consentFieldProblems(err);
      setProblems(found);
      const first = firstProblemField(found);
      if (first) focusField(first);
      setBusy(false);
    }
  }

  const problemOf = (field: ConsentField) => problems[field];
  const fieldsetProblem = (field: ConsentField) =>
    problems[field] ? <ValidationMessage id={`samtykke-feil-${field}`}>{problems[field]}</ValidationMessage> : null;
  const describedBy = (field: ConsentField) => (problems[field] ? `samtykke-feil-${field}` : undefined);
  const partnerService = (code: string) => CONSENT_SERVICES.find((s) => s.code === code)?.label ?? code;

  return (
    <form
      ref={form}
      className="stack-form inline-panel consent-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="samtykke-skjema"
    >
      <Heading level={3} data-size="2xs" id="samtykke-skjema">
        {t('consent.register')}
      </Heading>
      <Paragraph data-size="sm">{t('consent.formHelp')}</Paragraph>
      <Refusal failure={failure} fallback={t('consent.failed')} />
      <Fieldset aria-describedby={describedBy('decision')}>
        <Fieldset.Legend>{t('consent.decision')}</Fieldset.Legend>
        {(['granted', 'refused'] as const).map((d) => (
          <Radio
            key={d}
            name="decision"
            value={d}
            label={t(`consent.decision_${d}`)}
            checked={decision === d}
            onChange={() => setDecision(d)}
            aria-invalid={problemOf('decision') ? true : undefined}
          />
        ))}
        {fieldsetProblem('decision')}
      </Fieldset>
      {granted && (
        <Fieldset aria-describedby={describedBy('services')}>
          <Fieldset.Legend>{t('consent.servicesLegend')}</Fieldset.Legend>
          {CONSENT_SERVICES.map((s) => (
            <div key={s.code}>
              <Checkbox
                name="services"
                value={s.code}
                label={s.label}
                checked={services.includes(s.code)}
                onChange={(e) => setServices(toggle(services, s.code, e.target.checked))}
                aria-invalid={problemOf('services') ? true : undefined}
              />
              {s.code === 'spesialisthelsetjeneste' && services.includes(s.code) && (
                <Textfield
                  name="specialistServices"
                  label={t('consent.specialistServices')}
                  value={specialistServices}
                  onChange={(e) => setSpecialistServices(e.target.value)}
                  error={problemOf('specialistServices')}
                />
              )}
              {s.code === 'andre' && services.includes(s.code) && (
                <Textfield
                  name="otherServices"
                  label={t('consent.otherServices')}
                  value={otherServices}
                  onChange={(e) => setOtherServices(e.target.value)}
                  error={problemOf('otherServices')}
                />
              )}
            </div>
          ))}
          {fieldsetProblem('services')}
        </Fieldset>
      )}
      <Fieldset aria-describedby={describedBy('guardianIds')}>
        <Fieldset.Legend>{t('consent.guardiansLegend')}</Fieldset.Legend>
        {facts.guardians.length === 0 && <Paragraph data-size="sm">{t('consent.noGuardians')}</Paragraph>}
        {facts.guardians.map((g) => (
          <Checkbox
            key={g.id}
            name="guardianIds"
            value={g.id}
            label={g.name}
            checked={guardianIds.includes(g.id)}
            onChange={(e) => setGuardianIds(toggle(guardianIds, g.id, e.target.checked))}
            aria-invalid={problemOf('guardianIds') ? true : undefined}
          />
        ))}
        {fieldsetProblem('guardianIds')}
      </Fieldset>
      {facts.pupilConsentsToo && (
        <Checkbox
          name="pupilConsented"
          label={t('consent.pupilConsented')}
          description={t('consent.pupilConsentedHelp')}
          checked={pupilConsented}
          onChange={(e) => setPupilConsented(e.target.checked)}
          error={problemOf('pupilConsented')}
        />
      )}
      {!facts.pupilConsentsToo && problemOf('pupilConsented') && (
        <ValidationMessage>{problemOf('pupilConsented')}</ValidationMessage>
      )}
      <Textfield
        multiline
        rows={2}
        name="informationGiven"
        label={t('consent.informationGivenLabel')}
        value={informationGiven}
        onChange={(e) => setInformationGiven(e.target.value)}
        error={problemOf('informationGiven')}
      />
      <Textfield
        multiline
        rows={2}
        name="scope"
        label={t('consent.scopeLabel')}
        value={scope}
        onChange={(e) => setScope(e.target.value)}
        error={problemOf('scope')}
      />
      <Textfield
        multiline
        rows={2}
        name="heldBackMatters"
        label={t('consent.heldBackMattersLabel')}
        value={heldBackMatters}
        onChange={(e) => setHeldBackMatters(e.target.value)}
        error={problemOf('heldBackMatters')}
      />
      {granted && (
        <Fieldset aria-describedby={describedBy('excludedServices')}>
          <Fieldset.Legend>{t('consent.excludedServicesLegend')}</Fieldset.Legend>
          {CONSENT_SERVICES.map((s) => (
            <Checkbox
              key={s.code}
              name="excludedServices"
              value={s.code}
              label={s.label}
              checked={excludedServices.includes(s.code)}
              onChange={(e) => setExcludedServices(toggle(excludedServices, s.code, e.target.checked))}
            />
          ))}
          {fieldsetProblem('excludedServices')}
        </Fieldset>
      )}
      <Fieldset aria-describedby={describedBy('excludedUserIds')}>
        <Fieldset.Legend>{t('consent.excludedPersonsLegend')}</Fieldset.Legend>
        {granted &&
          facts.partners.map((p) => (
            <Checkbox
              key={p.id}
              name="excludedUserIds"
              value={p.id}
              label={t('consent.partnerOption', { name: p.name, service: partnerService(p.service) })}
              checked={excludedUserIds.includes(p.id)}
              onChange={(e) => setExcludedUserIds(toggle(excludedUserIds, p.id, e.target.checked))}
            />
          ))}
        {fieldsetProblem('excludedUserIds')}
        <Textfield
          name="excludedPersons"
          label={t('consent.excludedPersonsLabel')}
          value={excludedPersons}
          onChange={(e) => setExcludedPersons(e.target.value)}
          error={problemOf('excludedPersons')}
        />
      </Fieldset>
      {granted && (
        <Checkbox
          name="stafettlogg"
          label={t('consent.stafettloggLabel')}
          description={t('consent.stafettloggHelp')}
          checked={stafettlogg}
          onChange={(e) => setStafettlogg(e.target.checked)}
        />
      )}
      <Textfield
        name="place"
        label={t('consent.placeLabel')}
        value={place}
        onChange={(e) => setPlace(e.target.value)}
        error={problemOf('place')}
      />
      <Textfield
        name="consentDate"
        type="date"
        label={t('consent.dateLabel')}
        value={consentDate}
        onChange={(e) => setConsentDate(e.target.value)}
        error={problemOf('consentDate')}
      />
      <Textfield
        name="collectedAtService"
        label={t('consent.collectedAtLabel')}
        value={collectedAtService}
        onChange={(e) => setCollectedAtService(e.target.value)}
        error={problemOf('collectedAtService')}
      />
      <div className="button-row">
        <Button type="submit" data-size="sm" disabled={busy} aria-busy={busy || undefined}>
          {t('consent.submit')}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
