import { Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROTECTED_ADDRESSES } from '../../../../contract/enums';
import type { ProtectedAddress } from '../../../../contract/enums';
import { guardianApi } from '../../../api';
import type { PupilGuardian } from '../../../api';
import { useUser } from '../../../auth';
import { formatDayOf } from '../../../format';
import { FailureMessage, Section } from '../../../ui/feedback';
import { FormButtons } from '../../../ui/FormButtons';
import { InlinePanel } from '../../../ui/InlinePanel';
import { ChoiceSelect, PanelForm, usePanelForm, type PanelFormProps } from '../../../ui/PanelForm';
import type { SectionProps } from '../types';
import { GuardianLanguage } from './GuardianLanguage';

// ——— Foresatte ———

/**
 * The pupil's guardians (decisions 152–153): who has parental responsibility, a guardian's own protected
 * address, and a parent whose right to information is restricted (barnelova § 47) — recorded, lifted and
 * protected by the school's leadership, who the server also checks.
 */
export function GuardiansSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const leads = useUser().roles.some((r) => r.role === 'skoleledelse' || r.role === 'administrator');
  return (
    <Section focusable id="foresatte" heading={t('pupilGuardians.heading')}>
      {data.guardians.length === 0 ? (
        <Paragraph>{t('pupilGuardians.none')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {data.guardians.map((g) => (
            <li key={g.id} className="guardian-row">
              <strong>{g.name}</strong>{' '}
              {!g.parentalResponsibility && <Tag data-color="neutral">{t('pupilGuardians.noResponsibility')}</Tag>}{' '}
              {g.protectedAddress !== 'none' && (
                <Tag data-color={g.protectedAddress === 'strengt_fortrolig' ? 'danger' : 'warning'}>
                  {t(`class.protected_${g.protectedAddress}`)}
                </Tag>
              )}
              <Restriction guardian={g} />
              <GuardianLanguage pupilId={data.pupil.id} guardian={g} onChanged={onChanged} />
              {leads && (
                <div className="button-row">
                  <InlinePanel
                    label={
                      <>
                        {g.restriction ? t('pupilGuardians.lift') : t('pupilGuardians.restrict')}
                        <span className="ds-sr-only"> – {g.name}</span>
                      </>
                    }
                  >
                    {(panel) => (
                      <RestrictionForm
                        pupilId={data.pupil.id}
                        guardian={g}
                        onCancel={panel.close}
                        onDone={() =>
                          panel.finish(() =>
                            onChanged(
                              t(g.restriction ? 'pupilGuardians.lifted' : 'pupilGuardians.restricted', {
                                name: g.name,
                              }),
                            ),
                          )
                        }
                      />
                    )}
                  </InlinePanel>
                  <InlinePanel
                    label={
                      <>
                        {t('pupilGuardians.protect')}
                        <span className="ds-sr-only"> – {g.name}</span>
                      </>
                    }
                  >
                    {(panel) => (
                      <ProtectionForm
                        pupilId={data.pupil.id}
                        guardian={g}
                        onCancel={panel.close}
                        onDone={() => panel.finish(() => onChanged(t('pupilGuardians.protected', { name: g.name })))}
                      />
                    )}
                  </InlinePanel>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function Restriction({ guardian }: { guardian: PupilGuardian }) {
  const { t } = useTranslation();
  const r = guardian.restriction;
  if (!r) return null;
  return (
    <Paragraph data-size="sm" className="guardian-row__restriction">
      {r.at && r.byName
        ? t('pupilGuardians.restrictedBy', { date: formatDayOf(r.at), name: r.byName })
        : r.fromRoster
          ? t('pupilGuardians.restrictedByRoster')
          : t('pupilGuardians.restrictedPlain')}
      <br />
      {t('pupilGuardians.basis', { reason: r.reason })}
    </Paragraph>
  );
}

type FormProps = { pupilId: string; guardian: PupilGuardian } & PanelFormProps;

/** Restrict with a required basis, or lift; the guardian's link carries the version (409 when stale). */
function RestrictionForm({ pupilId, guardian, onCancel, onDone }: FormProps) {
  const { t } = useTranslation();
  const lifting = guardian.restriction !== null;
  const [reason, setReason] = useState('');
  const { busy, failure, form, problems, send, markServerFields } = usePanelForm<'reason'>();
  const submit = send(
    () => ({ reason: !lifting && !reason.trim() && t('pupilGuardians.missingReason') }),
    async () => {
      await guardianApi.setRestriction(pupilId, guardian.id, {
        restricted: !lifting,
        ...(lifting ? {} : { reason: reason.trim() }),
        version: guardian.version,
      });
      await onDone();
    },
    markServerFields,
  );
  return (
    <PanelForm form={form} onSubmit={submit} label={t(lifting ? 'pupilGuardians.lift' : 'pupilGuardians.restrict')}>
      <FailureMessage failure={failure} fallback={t('pupilGuardians.failed')} />
      {lifting ? (
        <Paragraph data-size="sm">{t('pupilGuardians.liftHelp', { name: guardian.name })}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">{t('pupilGuardians.restrictHelp', { name: guardian.name })}</Paragraph>
          <Textfield
            name="reason"
            label={t('pupilGuardians.reason')}
            description={t('pupilGuardians.reasonHelp')}
            value={reason}
            maxLength={300}
            onChange={(e) => setReason(e.target.value)}
            error={problems.reason}
          />
        </>
      )}
      <FormButtons
        busy={busy}
        submit={t(lifting ? 'pupilGuardians.liftSubmit' : 'pupilGuardians.restrictSubmit')}
        onCancel={onCancel}
      />
    </PanelForm>
  );
}

/** The guardian's own fortrolig / strengt fortrolig address (decision 153). */
function ProtectionForm({ pupilId, guardian, onCancel, onDone }: FormProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState<ProtectedAddress>(guardian.protectedAddress);
  const { busy, failure, form, send } = usePanelForm();
  const submit = send(null, async () => {
    await guardianApi.setProtectedAddress(pupilId, guardian.id, {
      protectedAddress: value,
      version: guardian.guardianVersion,
    });
    await onDone();
  });
  return (
    <PanelForm form={form} onSubmit={submit} label={t('pupilGuardians.protect')}>
      <FailureMessage failure={failure} fallback={t('pupilGuardians.failed')} />
      <Paragraph data-size="sm">{t('pupilGuardians.protectHelp')}</Paragraph>
      <ChoiceSelect
        label={t('pupilGuardians.protectLabel', { name: guardian.name })}
        value={value}
        options={PROTECTED_ADDRESSES}
        optionLabel={(o) => t(`pupilGuardians.address_${o}`)}
        onChange={setValue}
      />
      <FormButtons busy={busy} submit={t('pupilGuardians.protectSubmit')} onCancel={onCancel} />
    </PanelForm>
  );
}
