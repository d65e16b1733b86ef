import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import type { Register } from '../../api';
import { formatDateTime, formatTime } from '../../format';
import { FailureMessage, NoticeRegion, Section, useNotice } from '../../ui/feedback';
import { useSubmit } from '../../ui/useSubmit';

/**
 * «Resten er til stede»: ends the day's register, so the pupils without a registration are known to be
 * present; then «Registrering ført kl. 08.14». Pressed again after a late registration, the time moves.
 */
export function TakeRegister({ register }: { register: Register }) {
  const { t } = useTranslation();
  const [taken, setTaken] = useState(register.taken);
  const { busy, failure, run } = useSubmit();
  const [notice, announce] = useNotice();
  const when = (at: string) =>
    localDate(at) === register.date ? t('register.takenAt', { time: formatTime(at) }) : formatDateTime(at);

  function take() {
    void run(async () => {
      const result = await api.takeRegister(register.class.id, register.date);
      setTaken(result.taken);
      announce(t('register.takenNotice', { when: when(result.taken.at) }));
    });
  }

  return (
    <Section id="registrering-fort" heading={t('register.takeHeading')}>
      {taken ? (
        <Paragraph className="register-taken">
          <span aria-hidden="true">✓ </span>
          {t('register.taken', { when: when(taken.at), name: taken.byName })}
        </Paragraph>
      ) : (
        <Paragraph data-size="sm">{t('register.takeHelp')}</Paragraph>
      )}
      <FailureMessage failure={failure} fallback={t('register.takeFailed')} />
      <Button type="button" onClick={take} disabled={busy} aria-busy={busy || undefined}>
        {taken ? t('register.takeAgain') : t('register.take')}
      </Button>
      <NoticeRegion notice={notice} className="register-take__live" />
    </Section>
  );
}

/** The browser's calendar day of an instant, as ÅÅÅÅ-MM-DD. */
function localDate(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
