import { Paragraph } from '@digdir/designsystemet-react';
import { InlinePanel } from '../../../ui/InlinePanel';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { useUser } from '../../../auth';
import { ContactForm } from '../../../components/ContactForm';
import { SchoolEnvironmentTicks } from '../../../components/SchoolEnvironmentTicks';
import { useState } from 'react';
import { Section } from '../../../ui/feedback';
import { NOTE_SERVICES, consentServiceName, partnerService } from '../../../consent';
import { isOneOf, SERVICE_KINDS } from '../../../../contract/enums';
import type { SectionProps } from '../types';

// ——— Contact log, timeline, alerts ———

export function ContactSection({ data, onChanged }: SectionProps) {
  // «Gjelder krenkelser …» on a note starts the aktivitetsplikt (decision 187); only the school's own staff write it.
  const [ticks, setTicks] = useState({ schoolEnvironment: false, adultInvolved: false });
  const { t } = useTranslation();
  // A partner may restrict a note to their own service; the school to any partner service.
  const own = partnerService(useUser());
  const restrictions = (own ? [own] : NOTE_SERVICES).map((value) => ({ value, label: consentServiceName(value) }));
  // The case's log is written while the case is open (reopen it to write again).
  if (data.state.status !== 'open') return null;
  return (
    <Section id="kontakt" heading={t('cases.contactHeading')}>
      <Paragraph data-size="sm">{t('cases.contactHelp')}</Paragraph>
      {/* The health service's notes here are working notes; her journal is kept elsewhere (decision 198). */}
      {own === 'helsestasjon' && (
        <Paragraph data-size="sm" className="journal-note">
          {t('health.journalNote')}
        </Paragraph>
      )}
      <InlinePanel label={t('contacts.add')}>
        {(panel) => (
          <div className="inline-panel">
            <ContactForm
              autoFocus
              submitLabel={t('contacts.submit')}
              onCancel={panel.close}
              restrictions={restrictions}
              extraFields={!data.readOnly && <SchoolEnvironmentTicks {...ticks} onChange={setTicks} />}
              onSubmit={async (contact, restrictedTo) => {
                const environment = {
                  ...(ticks.schoolEnvironment ? { schoolEnvironment: true } : {}),
                  ...(ticks.adultInvolved ? { adultInvolved: true } : {}),
                };
                await api.createCaseNote(data.id, {
                  ...contact,
                  restrictedTo: restrictedTo && isOneOf(SERVICE_KINDS, restrictedTo) ? restrictedTo : null,
                  ...environment,
                });
                // A note that starts the aktivitetsplikt says so (decision 187).
                const saved =
                  ticks.schoolEnvironment || ticks.adultInvolved
                    ? `${t('cases.contactSaved')} ${t('schoolEnvironment.observationStarted')}`
                    : t('cases.contactSaved');
                setTicks({ schoolEnvironment: false, adultInvolved: false });
                await panel.finish(() => onChanged(saved));
              }}
            />
          </div>
        )}
      </InlinePanel>
    </Section>
  );
}
