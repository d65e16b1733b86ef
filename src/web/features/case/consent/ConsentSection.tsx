import { Button, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useInlinePanel } from '../../../ui/InlinePanel';
import { useTranslation } from 'react-i18next';
import type { ConsentState } from '../../../api';
import { Section } from '../../../ui/feedback';
import type { SectionProps } from '../types';
import { ConsentItem } from './ConsentItem';
import { ConsentForm } from './ConsentForm';

/** The id of "Registrer samtykke", so the checklist's consent task can send the keyboard there. */
export const REGISTER_CONSENT_ID = 'registrer-samtykke';

export const STATE_COLOR: Record<ConsentState, 'success' | 'neutral' | 'warning' | 'danger'> = {
  gyldig: 'success',
  avslått: 'danger',
  trukket: 'warning',
  utløpt: 'neutral',
};

export function ConsentSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const add = useInlinePanel();
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
            {...add.triggerProps}
            id={REGISTER_CONSENT_ID}
            variant={add.open ? 'primary' : 'secondary'}
            data-size="sm"
          >
            {t('consent.register')}
          </Button>
          {add.open && (
            <ConsentForm
              data={data}
              facts={form}
              onCancel={add.close}
              onDone={(decision) =>
                add.finish(() => onChanged(decision === 'granted' ? t('consent.saved') : t('consent.savedRefused')))
              }
            />
          )}
        </>
      )}
    </Section>
  );
}

export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
