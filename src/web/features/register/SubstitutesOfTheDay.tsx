import { Button, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ApiError, type ClassSubstitutes } from '../../api';
import { appToday } from '../../appClock';
import { useAuth } from '../../auth';
import { formatDate } from '../../format';
import { errorMessage } from '../../ui/ErrorAlert';
import { useApi } from '../../useApi';

// «Vikar i dag» (issue 21 item 4, decision 207): the school's leadership names the teachers who take the class
// on the register's day (today unless another day is chosen). Each change replaces the day's list as a whole
// (PUT …/substitutes/:date); the substitute then has the class's register, its absence and its notes that day.
// Shown to the leadership only; a leader of another school is «not found» and sees nothing here.
export function SubstitutesOfTheDay({ classId, date }: { classId: string; date: string }) {
  const { t } = useTranslation();
  const { handleApiError } = useAuth();
  const loaded = useApi(`substitutes:${classId}:${date}`, () => api.classSubstitutes(classId, date));
  const [named, setNamed] = useState<ClassSubstitutes['substitutes'] | null>(null);
  const [choice, setChoice] = useState('');
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  // Only a new answer from the server resets what is shown: `loaded` itself is a new object on every render, so
  // depending on it would undo a change as soon as it was made.
  const data = loaded.status === 'ok' ? loaded.data : null;
  useEffect(() => {
    setNamed(data ? data.substitutes : null);
    setSaid('');
  }, [data]);

  if (loaded.status === 'error' && loaded.error instanceof ApiError && loaded.error.status === 404) return null;
  const today = date === appToday();
  const heading = today ? t('register.substitutesToday') : t('register.substitutesOn', { date: formatDate(date) });

  async function save(userIds: string[], message: (name: string) => string, name: string) {
    setBusy(true);
    try {
      const next = await api.setClassSubstitutes(classId, date, userIds);
      setNamed(next.substitutes);
      setChoice('');
      setSaid(message(name));
    } catch (error) {
      handleApiError(error);
      setSaid(errorMessage(error, t('register.substitutesFailed')));
    } finally {
      setBusy(false);
    }
  }

  const candidates =
    loaded.status === 'ok' && named
      ? loaded.data.candidates.filter((c) => !named.some((n) => n.userId === c.userId))
      : [];
  return (
    <section className="substitutes" aria-labelledby="vikar-heading">
      <Heading level={2} data-size="xs" id="vikar-heading">
        {heading}
      </Heading>
      {loaded.status === 'loading' && <Paragraph data-size="sm">{t('register.substitutesLoading')}</Paragraph>}
      {loaded.status === 'error' && (
        <Paragraph data-size="sm">{errorMessage(loaded.error, t('register.substitutesLoadFailed'))}</Paragraph>
      )}
      {named && (
        <>
          <Paragraph data-size="sm" className="register-help">
            {t('register.substitutesHelp')}
          </Paragraph>
          {named.length === 0 ? (
            <Paragraph data-size="sm">{t('register.substitutesNone')}</Paragraph>
          ) : (
            <ul className="substitutes__list" aria-label={heading}>
              {named.map((s) => (
                <li key={s.userId} className="substitutes__item">
                  <span>{s.name}</span>
                  <Button
                    type="button"
                    variant="tertiary"
                    data-size="sm"
                    disabled={busy}
                    onClick={() =>
                      void save(
                        named.filter((n) => n.userId !== s.userId).map((n) => n.userId),
                        (name) => t('register.substituteRemoved', { name }),
                        s.name,
                      )
                    }
                  >
                    {t('register.substituteRemove')}
                    <span className="ds-sr-only"> {s.name}</span>
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <form
            className="substitutes__form"
            onSubmit={(e) => {
              e.preventDefault();
              const chosen = candidates.find((c) => c.userId === choice);
              if (chosen)
                void save(
                  [...named.map((n) => n.userId), chosen.userId],
                  (name) => t('register.substituteAdded', { name }),
                  chosen.name,
                );
            }}
          >
            <Field>
              <Label>{t('register.substituteChoose')}</Label>
              <Select value={choice} onChange={(e) => setChoice(e.target.value)} width="auto">
                <Select.Option value="">{t('register.substituteChooseNone')}</Select.Option>
                {candidates.map((c) => (
                  <Select.Option key={c.userId} value={c.userId}>
                    {c.name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Button type="submit" variant="secondary" data-size="sm" disabled={busy || choice === ''}>
              {t('register.substituteAdd')}
            </Button>
          </form>
        </>
      )}
      <span className="ds-sr-only" aria-live="polite">
        {said}
      </span>
    </section>
  );
}
