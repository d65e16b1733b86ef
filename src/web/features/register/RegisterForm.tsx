import { Button, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import type { Lesson, RegisterPupil } from '../../api';
import type { RecordAbsenceResponse } from '../../../contract/absence';
import { DraftProblemMessage, EventFields, draftToInput, emptyDraft } from '../../components/absence';
import type { DraftProblem, EventDraft } from '../../components/absence';
import { pupilName } from '../../format';
import { FailureMessage } from '../../ui/feedback';
import { useSubmit } from '../../ui/useSubmit';

type RegisterFormProps = {
  pupil: RegisterPupil;
  date: string;
  lessons: Lesson[];
  kindRef: (el: HTMLSelectElement | null) => void;
  onSaved(updated: RegisterPupil, result: RecordAbsenceResponse): void;
};

/**
 * The row's form. After a save the kind select keeps what was registered (the row does not look unsaved),
 * with only the select shown; choosing a kind again opens the fields for another registration.
 */
export function RegisterForm({ pupil, date, lessons, kindRef, onSaved }: RegisterFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<EventDraft>(emptyDraft);
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const { busy, failure, run, clear } = useSubmit();
  const name = pupilName(pupil);
  // The kind last registered for the pupil this day (a teacher's or a guardian's), shown while the draft is empty.
  const savedKind = pupil.events.at(-1)?.kind ?? null;
  const showSaved = draft.kind === '' && savedKind !== null;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const built = draftToInput(draft, pupil.id, date, lessons);
    if ('problem' in built) {
      setProblem(built.problem);
      return;
    }
    setProblem(null);
    clear();
    void run(async () => {
      const result = await api.createEvent(built.input);
      setDraft(emptyDraft);
      onSaved(
        {
          ...pupil,
          events: [...pupil.events, ...result.events],
          openAlerts: result.alerts.length,
          openConcerns: result.concerns.length,
        },
        result,
      );
    });
  }

  return (
    <form className="register-row__form" onSubmit={onSubmit} aria-label={t('register.formLabel', { name })} noValidate>
      <EventFields
        draft={showSaved ? { ...emptyDraft, kind: savedKind } : draft}
        onChange={(next) => setDraft(showSaved && next.kind === savedKind ? emptyDraft : next)}
        lessons={lessons}
        who={t('register.forWho', { name })}
        problem={problem}
        kindRef={kindRef}
        allowRun
        collapsed={showSaved}
      >
        {showSaved && (
          <Tag data-color="success" data-size="sm" className="register-row__saved-tag">
            <span aria-hidden="true">✓ </span>
            {t('register.savedTag')}
          </Tag>
        )}
        {draft.kind && (
          <Button
            type="submit"
            data-size="sm"
            disabled={busy}
            aria-busy={busy || undefined}
            className="register-row__save"
          >
            {busy ? t('absence.saving') : t('absence.save')}
            <span className="ds-sr-only"> {t('register.forWho', { name })}</span>
          </Button>
        )}
      </EventFields>
      <DraftProblemMessage problem={problem} />
      <div className="register-row__error">
        <FailureMessage failure={failure} fallback={t('register.saveFailed')} />
      </div>
    </form>
  );
}
