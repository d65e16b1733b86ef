import { Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseApi } from '../../../api';
import { formatDate } from '../../../format';
import { FailureMessage, useFailure } from '../../../ui/feedback';
import type { SectionProps } from '../types';

// ——— The weekly contact (decision 193): «Ukentlig kontakt: sist 24.11.2026 · mangler uke 48» ———

/** The weekly contact's line in the status facts: the last contact and the weeks missing, with a text badge. */
export function WeeklyContactFact({ data }: Pick<SectionProps, 'data'>) {
  const { t } = useTranslation();
  const w = data.weeklyContact;
  if (!w) return null;
  const shown = w.applies || w.gaps.length > 0;
  const parts = shown
    ? [
        w.lastContactOn
          ? t('cases.weeklyContactLast', { date: formatDate(w.lastContactOn) })
          : t('cases.weeklyContactNoneYet'),
        w.gaps.length > 0
          ? t('cases.weeklyContactMissing', { weeks: w.gaps.map((g) => g.week).join(', ') })
          : t('cases.weeklyContactNoGap'),
      ]
    : [t('cases.weeklyContactOff')];
  return (
    <div className="case-facts__weekly-contact">
      <dt>{t('cases.weeklyContact')}</dt>
      <dd>
        {parts.join(' · ')}
        {w.gaps.length > 0 && (
          <>
            {' '}
            <Tag data-color="warning" data-size="sm">
              <span aria-hidden="true">◌ </span>
              {t('cases.badgeContactGap')}
            </Tag>
          </>
        )}
      </dd>
    </div>
  );
}

/** Why the weekly contact applies, what closes a week, and the team's switch (not for a reader through consent). */
export function WeeklyContactPanel({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const { failure, fail, clear } = useFailure();
  const w = data.weeklyContact;
  if (!w) return null;
  const on = w.reasons.includes('ladder') || w.reasons.includes('team');

  async function toggle() {
    setBusy(true);
    clear();
    try {
      await caseApi.setWeeklyContact(data.id, { on: !on, version: data.version });
      await onChanged(on ? t('cases.weeklyContactTurnedOff') : t('cases.weeklyContactTurnedOn'), ['status']);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="weekly-contact">
      {w.reasons.map((r) => (
        <Paragraph key={r} data-size="sm">
          {t(`cases.weeklyContactReason_${r}`)}
        </Paragraph>
      ))}
      {w.ladderTask?.teamDecides && !on && <Paragraph data-size="sm">{t('cases.weeklyContactTeamDecides')}</Paragraph>}
      {w.applies && <Paragraph data-size="sm">{t('cases.weeklyContactHelp')}</Paragraph>}
      {!data.readOnly && (
        <>
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => void toggle()}
            disabled={busy}
            aria-busy={busy || undefined}
          >
            {on ? t('cases.weeklyContactTurnOff') : t('cases.weeklyContactTurnOn')}
          </Button>
          <FailureMessage failure={failure} fallback={t('cases.weeklyContactFailed')} />
        </>
      )}
    </div>
  );
}
