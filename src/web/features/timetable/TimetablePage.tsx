import { Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { addDays, isIsoDate, isoWeek, mondayOf } from '../../absence';
import { api } from '../../api';
import type { MyTimetable } from '../../api';
import { appToday } from '../../appClock';
import { formatDate, weekdayName } from '../../format';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useApi } from '../../useApi';

// «Timeplan» (issue 21 item 4, decision 209): the teacher's lessons of a week, day by day, each with the
// «tilrettelegging» notes of the pupils in its class — the register's notes, without the case. «Fulgt i
// dag» stays on the register, where the day's lesson is taken; each lesson links there.
export function TimetablePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('uke');
  const monday = mondayOf(isIsoDate(requested) ? requested : appToday());
  const week = useApi(`timetable:${monday}`, () => api.myTimetable(monday));
  const go = (to: string) => setParams({ uke: to });

  return (
    <Page title={t('timetable.title')}>
      <Paragraph>{t('timetable.intro')}</Paragraph>
      <div className="register-day">
        <Heading level={2} data-size="sm" id="uke">
          {t('timetable.weekOf', {
            week: isoWeek(monday),
            from: formatDate(monday),
            to: formatDate(addDays(monday, 4)),
          })}
        </Heading>
        <div className="register-day__form" role="group" aria-labelledby="uke">
          <Button variant="tertiary" data-size="sm" onClick={() => go(addDays(monday, -7))}>
            {t('timetable.previousWeek')}
          </Button>
          <Button variant="tertiary" data-size="sm" onClick={() => go(mondayOf(appToday()))}>
            {t('timetable.thisWeek')}
          </Button>
          <Button variant="tertiary" data-size="sm" onClick={() => go(addDays(monday, 7))}>
            {t('timetable.nextWeek')}
          </Button>
        </div>
      </div>
      {week.status === 'loading' && <Loading />}
      {week.status === 'error' && <ErrorAlert>{errorMessage(week.error, t('timetable.loadFailed'))}</ErrorAlert>}
      {week.status === 'ok' && <Week week={week.data} />}
    </Page>
  );
}

function Week({ week }: { week: MyTimetable }) {
  const { t } = useTranslation();
  if (week.days.every((d) => d.lessons.length === 0)) return <Paragraph>{t('timetable.noLessonsWeek')}</Paragraph>;
  return (
    <>
      {week.days.map((day) => (
        <section key={day.date} className="timetable-day" aria-labelledby={`dag-${day.date}`}>
          <Heading level={2} data-size="xs" id={`dag-${day.date}`} className="timetable-day__heading">
            {t('timetable.dayHeading', { weekday: capital(weekdayName(day.date)), date: formatDate(day.date) })}
          </Heading>
          {day.lessons.length === 0 ? (
            <Paragraph data-size="sm">{t('timetable.noLessons')}</Paragraph>
          ) : (
            <ul className="timetable-day__lessons">
              {day.lessons.map((lesson) => (
                <li key={`${lesson.classId}:${lesson.period}`} className="timetable-lesson">
                  <Heading level={3} data-size="2xs" className="timetable-lesson__title">
                    {lesson.subject
                      ? t('timetable.lesson', {
                          period: lesson.period,
                          className: lesson.className,
                          subject: lesson.subject,
                        })
                      : t('timetable.lessonNoSubject', { period: lesson.period, className: lesson.className })}{' '}
                    {lesson.substitute && (
                      <Tag data-color="warning" data-size="sm">
                        {t('timetable.substitute')}
                      </Tag>
                    )}
                  </Heading>
                  {lesson.pupils.length > 0 && (
                    <div
                      className="adaptation"
                      role="group"
                      aria-label={t('timetable.notesLabel', { className: lesson.className })}
                    >
                      <Tag data-color="info" data-size="sm" className="adaptation__tag">
                        <span aria-hidden="true">◆ </span>
                        {t('register.adaptationsTag')}
                      </Tag>
                      <ul className="adaptation__list">
                        {lesson.pupils.flatMap((p) =>
                          p.notes.map((n) => (
                            <li key={n.id} className="adaptation__note">
                              <Paragraph data-size="sm" className="adaptation__text">
                                <strong>
                                  {p.firstName} {p.lastName}:
                                </strong>{' '}
                                {n.note}
                              </Paragraph>
                            </li>
                          )),
                        )}
                      </ul>
                    </div>
                  )}
                  <Paragraph data-size="sm">
                    <Link asChild>
                      <RouterLink
                        to={`/klasse/${encodeURIComponent(lesson.classId)}/registrering?dato=${encodeURIComponent(day.date)}`}
                      >
                        {t('timetable.register', { className: lesson.className, date: formatDate(day.date) })}
                      </RouterLink>
                    </Link>
                  </Paragraph>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
