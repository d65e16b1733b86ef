import { Button, Checkbox, Field, Fieldset, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_CHANNELS, CONTACT_PARTIES } from '../api';
import type { ContactChannel, ContactInput, ContactParty } from '../api';
import { dateTimeToIso, localDateTime } from '../absence';
import { appNow } from '../appClock';
import { FailureMessage } from '../ui/feedback';
import { useSubmit } from '../ui/useSubmit';

type ContactFormProps = {
  /** Sends the contact (and the service it is restricted to, when the form offers that); throws the API error to show. */
  onSubmit(input: ContactInput, restrictedTo: string | null): Promise<void>;
  /**
   * More fields the caller owns, above the buttons: the case's note offers the school environment ticks there
   * (decision 187), whose words the register page, which shows this form too, does not load.
   */
  extraFields?: ReactNode;
  /** The services a note may be restricted to ("skjermet"): only that service and the stafettholder read it. */
  restrictions?: { value: string; label: string }[];
  submitLabel: string;
  onCancel?: () => void;
  /** Puts focus on the first field when the form appears (it was opened by a button). */
  autoFocus?: boolean;
};

type Problems = { withWhom?: string; summary?: string; contactedAt?: string };

/** One entry in the contact log: when, with whom, how, what was said and agreed. */
export function ContactForm({
  onSubmit,
  submitLabel,
  onCancel,
  autoFocus = false,
  restrictions,
  extraFields,
}: ContactFormProps) {
  const { t } = useTranslation();
  const [contactedAt, setContactedAt] = useState(() => localDateTime(appNow()));
  const [withWhom, setWithWhom] = useState<ContactParty[]>([]);
  const [channel, setChannel] = useState<ContactChannel>('telefon');
  const [summary, setSummary] = useState('');
  const [agreed, setAgreed] = useState('');
  const [restrictedTo, setRestrictedTo] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const { busy: saving, failure, clear, onSubmit: submitting } = useSubmit();
  const formId = useId();
  const first = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (autoFocus) first.current?.focus();
  }, [autoFocus]);

  function toggle(party: ContactParty, on: boolean) {
    setWithWhom((list) => (on ? [...list, party] : list.filter((p) => p !== party)));
  }

  const submit = submitting(async () => {
    const found: Problems = {};
    if (!contactedAt) found.contactedAt = t('contacts.missingWhen');
    if (withWhom.length === 0) found.withWhom = t('contacts.missingWithWhom');
    if (!summary.trim()) found.summary = t('contacts.missingSummary');
    setProblems(found);
    if (found.contactedAt) return first.current?.focus();
    if (found.withWhom) return document.getElementById(`${formId}-with`)?.querySelector('input')?.focus();
    if (found.summary) return summaryRef.current?.focus();
    clear();
    const input: ContactInput = {
      contactedAt: dateTimeToIso(contactedAt),
      withWhom,
      channel,
      summary: summary.trim(),
    };
    if (agreed.trim()) input.agreed = agreed.trim();
    await onSubmit(input, restrictedTo || null);
  });

  return (
    <form className="stack-form" onSubmit={submit} noValidate>
      <FailureMessage failure={failure} fallback={t('contacts.saveFailed')} />
      <Textfield
        ref={first}
        label={t('contacts.when')}
        type="datetime-local"
        value={contactedAt}
        onChange={(e) => setContactedAt(e.target.value)}
        error={problems.contactedAt}
      />
      <Fieldset id={`${formId}-with`}>
        <Fieldset.Legend>{t('contacts.withWhom')}</Fieldset.Legend>
        {CONTACT_PARTIES.map((party) => (
          <Checkbox
            key={party}
            label={t(`contacts.party_${party}`)}
            value={party}
            checked={withWhom.includes(party)}
            onChange={(e) => toggle(party, e.target.checked)}
            aria-invalid={problems.withWhom ? true : undefined}
          />
        ))}
        {problems.withWhom && (
          <p className="inline-problem" role="alert">
            {problems.withWhom}
          </p>
        )}
      </Fieldset>
      <Field>
        <Label>{t('contacts.channel')}</Label>
        <Select value={channel} onChange={(e) => setChannel(e.target.value as ContactChannel)} width="auto">
          {CONTACT_CHANNELS.map((c) => (
            <Select.Option key={c} value={c}>
              {t(`contacts.channel_${c}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        ref={summaryRef}
        multiline
        rows={3}
        label={t('contacts.summary')}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        error={problems.summary}
      />
      <Textfield
        multiline
        rows={2}
        label={t('contacts.agreed')}
        value={agreed}
        onChange={(e) => setAgreed(e.target.value)}
      />
      {restrictions && restrictions.length > 0 && (
        <Field>
          <Label>{t('contacts.restriction')}</Label>
          <Field.Description>{t('contacts.restrictionHelp')}</Field.Description>
          <Select value={restrictedTo} onChange={(e) => setRestrictedTo(e.target.value)} width="auto">
            <Select.Option value="">{t('contacts.notRestricted')}</Select.Option>
            {restrictions.map((r) => (
              <Select.Option key={r.value} value={r.value}>
                {t('contacts.restrictedTo', { service: r.label })}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      {extraFields}
      <div className="button-row">
        <Button type="submit" disabled={saving} aria-busy={saving || undefined}>
          {saving ? t('absence.saving') : submitLabel}
        </Button>
        {onCancel && (
          <Button variant="tertiary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
