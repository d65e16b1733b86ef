import { Paragraph } from '@digdir/designsystemet-react';
import { InlinePanel } from '../../../ui/InlinePanel';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { ContactForm } from '../../../components/ContactForm';
import { formatDateTime } from '../../../format';
import type { SectionProps } from '../types';
import { Section } from '../../../ui/feedback';

// ——— Contact log ———

export function ContactsSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const contacts = [...data.contacts].sort((a, b) => b.contactedAt.localeCompare(a.contactedAt));
  const alertTitle = new Map(data.alerts.map((a) => [a.id, a.ruleTitle]));
  // One contact may handle every rule of a concern: the entry names them all.
  const handledRules = new Map<string, string[]>();
  for (const a of data.alerts)
    if (a.handledContactId)
      handledRules.set(a.handledContactId, [...(handledRules.get(a.handledContactId) ?? []), a.ruleTitle]);
  return (
    <Section focusable id="kontaktlogg" heading={t('pupil.contactsHeading')}>
      {contacts.length === 0 ? (
        <Paragraph>{t('pupil.noContacts')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {contacts.map((c) => (
            <li key={c.id} data-contact-id={c.id}>
              <strong>
                {/* A note without anyone named (a shielded note) has no «med»: nothing dangles. */}
                {[
                  formatDateTime(c.contactedAt),
                  t(`contacts.channel_${c.channel}`),
                  c.withWhom
                    .map((w) => t(`contacts.party_${w}` as 'contacts.party_elev', { defaultValue: w }))
                    .join(', '),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </strong>
              <br />
              {c.summary}
              {c.agreed && (
                <>
                  <br />
                  <em>{t('contacts.agreedPrefix')}</em> {c.agreed}
                </>
              )}
              <br />
              <span className="class-list__meta">
                {t('pupil.recordedBy', { name: c.recordedByName })}
                {handledRules.has(c.id)
                  ? ` · ${t('contacts.forRules', {
                      count: handledRules.get(c.id)!.length,
                      rules: handledRules
                        .get(c.id)!
                        .map((r) => `«${r}»`)
                        .join(', '),
                    })}`
                  : c.alertId && alertTitle.has(c.alertId)
                    ? ` · ${t('contacts.forAlert', { rule: alertTitle.get(c.alertId) })}`
                    : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      <InlinePanel label={t('contacts.add')}>
        {(panel) => (
          <div className="inline-panel">
            <ContactForm
              autoFocus
              submitLabel={t('contacts.submit')}
              onCancel={panel.close}
              onSubmit={async (contact) => {
                await api.createContact(data.pupil.id, contact);
                await panel.finish(() => onChanged(t('contacts.saved')));
              }}
            />
          </div>
        )}
      </InlinePanel>
    </Section>
  );
}
