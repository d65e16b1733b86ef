import { Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import type { AdaptationNote } from '../../api';
import { useAuth } from '../../auth';
import { errorMessage } from '../../ui/ErrorAlert';

// A pupil's «tilrettelegging» notes on the register (decisions 190–191): the measure in the teachers' words,
// nothing of the case, and «Fulgt i dag» as a toggle button — pressed once confirms, pressed again takes it
// back (the same day only; another day's notes are shown without the button).
export function AdaptationNotes({
  classId,
  date,
  mayConfirm,
  pupilName,
  notes,
}: {
  classId: string;
  date: string;
  mayConfirm: boolean;
  pupilName: string;
  notes: AdaptationNote[];
}) {
  const { t } = useTranslation();
  const { handleApiError } = useAuth();
  const [shown, setShown] = useState(notes);
  const [busy, setBusy] = useState<string | null>(null);
  const [said, setSaid] = useState('');

  async function toggle(note: AdaptationNote) {
    setBusy(note.id);
    try {
      const next = await api.setAdaptationFollowed(classId, { noteId: note.id, date, followed: !note.followedByMe });
      setShown((list) => list.map((n) => (n.id === note.id ? next : n)));
      setSaid(
        next.followedByMe
          ? t('register.followedSaved', { note: note.note })
          : t('register.followedUndone', { note: note.note }),
      );
    } catch (error) {
      handleApiError(error);
      setSaid(errorMessage(error, t('register.followedFailed')));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="adaptation" role="group" aria-label={t('register.adaptationsLabel', { name: pupilName })}>
      <Tag data-color="info" data-size="sm" className="adaptation__tag">
        <span aria-hidden="true">◆ </span>
        {t('register.adaptationsTag')}
      </Tag>
      <ul className="adaptation__list">
        {shown.map((note) => (
          <li key={note.id} className="adaptation__note">
            <Paragraph data-size="sm" className="adaptation__text">
              {note.note}
            </Paragraph>
            {mayConfirm ? (
              <Button
                type="button"
                data-size="sm"
                variant={note.followedByMe ? 'primary' : 'secondary'}
                aria-pressed={note.followedByMe}
                aria-label={t('register.followedTodayLabel', { note: note.note })}
                disabled={busy === note.id}
                onClick={() => void toggle(note)}
              >
                {note.followedByMe && <span aria-hidden="true">✓ </span>}
                {t('register.followedToday')}
              </Button>
            ) : (
              note.followedByMe && (
                <Tag data-color="success" data-size="sm">
                  <span aria-hidden="true">✓ </span>
                  {t('register.followedOn')}
                </Tag>
              )
            )}
          </li>
        ))}
      </ul>
      <span className="ds-sr-only" aria-live="polite">
        {said}
      </span>
    </div>
  );
}
