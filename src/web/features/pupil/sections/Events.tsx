import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lessonCount } from '../../../absence';
import type { AbsenceEvent, Lesson, PupilAbsence } from '../../../api';
import { GuardianWords, SourceTag, useEventSummary } from '../../../components/absence';
import { formatDate, formatDateTime } from '../../../format';
import type { SectionProps } from '../types';
import { Section } from '../../../ui/feedback';
import { EditEvent, DeleteEvent, EventHistory } from './EventPanels';
import { focusLater } from '../../../ui/focus';

// ——— Events ———

function lessonsOn(data: PupilAbsence, date: string): Lesson[] {
  const day = data.calendar.schoolDays.find((d) => d.date === date);
  if (!day) return [];
  if (Array.isArray(day.lessons)) return day.lessons;
  return Array.from({ length: lessonCount(day.lessons) }, (_, i) => ({ period: i + 1, subject: '' }));
}

export function EventsSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const events = [...data.events].sort((a, b) => b.date.localeCompare(a.date) || (a.period ?? 0) - (b.period ?? 0));
  return (
    <Section
      focusable
      id="fravaer"
      heading={t('pupil.eventsHeading', { count: events.length })}
      named={events.length === 0}
    >
      {events.length === 0 ? (
        <Paragraph>{t('pupil.noEvents')}</Paragraph>
      ) : (
        <div className="table-scroll table-scroll--wide" role="region" aria-labelledby="fravaer" tabIndex={0}>
          <Table data-size="sm" border className="events-table">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('pupil.colDate')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('pupil.colWhat')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('pupil.colSource')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('pupil.colRegistered')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('pupil.colActions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {events.map((event) => (
                <EventRow key={event.id} event={event} lessons={lessonsOn(data, event.date)} onChanged={onChanged} />
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Section>
  );
}

type RowPanel = 'edit' | 'delete' | 'history' | null;

function EventRow({
  event,
  lessons,
  onChanged,
}: {
  event: AbsenceEvent;
  lessons: Lesson[];
  onChanged(text: string): Promise<void>;
}) {
  const { t } = useTranslation();
  const summary = useEventSummary();
  const [panel, setPanel] = useState<RowPanel>(null);
  const buttons = {
    edit: useRef<HTMLButtonElement>(null),
    delete: useRef<HTMLButtonElement>(null),
    history: useRef<HTMLButtonElement>(null),
  };
  const when = formatDate(event.date);
  const toggle = (p: Exclude<RowPanel, null>) => setPanel(panel === p ? null : p);
  const close = (p: Exclude<RowPanel, null>) => {
    setPanel(null);
    focusLater(buttons[p]);
  };

  return (
    <>
      <Table.Row data-event-id={event.id}>
        <Table.HeaderCell scope="row">{when}</Table.HeaderCell>
        <Table.Cell>
          {summary(event)}
          {event.note && (
            <div className="event-note">
              {event.source === 'foresatt' ? <GuardianWords event={event} /> : event.note}
            </div>
          )}
        </Table.Cell>
        <Table.Cell>
          <SourceTag source={event.source} />
        </Table.Cell>
        <Table.Cell>
          {event.registeredByName}
          <br />
          <span className="class-list__meta">{formatDateTime(event.registeredAt)}</span>
        </Table.Cell>
        <Table.Cell>
          <div className="button-row button-row--tight">
            {(['edit', 'delete', 'history'] as const).map((p) => (
              <Button
                key={p}
                ref={buttons[p]}
                variant="tertiary"
                data-size="sm"
                aria-expanded={panel === p}
                onClick={() => toggle(p)}
              >
                {t(`pupil.action_${p}`)}
                <span className="ds-sr-only"> {t('pupil.eventOn', { date: when })}</span>
              </Button>
            ))}
          </div>
        </Table.Cell>
      </Table.Row>
      {panel && (
        <Table.Row>
          <Table.Cell colSpan={5} className="event-panel">
            {panel === 'edit' && (
              <EditEvent
                event={event}
                lessons={lessons}
                onCancel={() => close('edit')}
                onDone={async () => {
                  setPanel(null);
                  await onChanged(t('pupil.eventUpdated', { date: when }));
                }}
              />
            )}
            {panel === 'delete' && (
              <DeleteEvent
                event={event}
                onCancel={() => close('delete')}
                onDone={async () => {
                  setPanel(null);
                  await onChanged(t('pupil.eventDeleted', { date: when }));
                }}
              />
            )}
            {panel === 'history' && <EventHistory event={event} />}
          </Table.Cell>
        </Table.Row>
      )}
    </>
  );
}
