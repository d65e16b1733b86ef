import {
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { PanelForm, usePanelForm } from '../../../ui/PanelForm';
import { FormButtons } from '../../../ui/FormButtons';
import { useTranslation } from 'react-i18next';
import { appToday } from '../../../appClock';
import { isOneOf } from '../../../../contract/enums';
import { CONSENT_SERVICE_CODES } from '../../../../domain/consent/consent';
import { caseApi } from '../../../api';
import type { CaseDetail, ConsentDecision, ConsentFormFacts } from '../../../api';
import { CONSENT_SERVICES, consentFieldProblems, consentServiceName } from '../../../consent';
import type { ConsentField } from '../../../consent';
import { Refusal } from './ConsentItem';
import { toggle } from '../../../ui/toggle';

/** "Registrer samtykke", in the order of the 001 form. The server validates; its messages land at their fields. */
export function ConsentForm({
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
  const [consentDate, setConsentDate] = useState(() => appToday());
  const [collectedAtService, setCollectedAtService] = useState(data.pupil.schoolName);
  const { busy, failure, form, problems, mark, send } = usePanelForm<ConsentField>();
  const granted = decision !== 'refused';
  const text = (v: string) => v.trim() || null;

  const submit = send(
    () => ({ decision: !decision && t('consent.decisionMissing') }),
    async () => {
      if (!decision) return;
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
    },
    (err) => mark(consentFieldProblems(err)),
  );

  const problemOf = (field: ConsentField) => problems[field];
  const fieldsetProblem = (field: ConsentField) =>
    problems[field] ? <ValidationMessage id={`samtykke-feil-${field}`}>{problems[field]}</ValidationMessage> : null;
  const describedBy = (field: ConsentField) => (problems[field] ? `samtykke-feil-${field}` : undefined);
  const partnerService = (code: string) => {
    const known = CONSENT_SERVICES.find((s) => s.code === code);
    return known ? consentServiceName(known.code) : code;
  };

  return (
    <PanelForm form={form} onSubmit={submit} labelledBy="samtykke-skjema" className="consent-form">
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
                label={consentServiceName(s.code)}
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
              label={consentServiceName(s.code)}
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
      <FormButtons busy={busy} submit={t('consent.submit')} onCancel={onCancel} />
    </PanelForm>
  );
}
