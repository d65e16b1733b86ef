import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { homeApi } from '../../api';
import type { HomeCall, HomeCase, HomeConcern, HomeRegister } from '../../api';
import { ConcernCard } from '../../components/ConcernCard';
import type { ReactNode } from 'react';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { formatDate, formatList, formatTime } from '../../format';
import { useApi } from '../../useApi';

// «What do I do now» (issue 17 item 8, decision 114): today's register of each class, who to call home
// today, and the cases with their next step and due date; for the leadership the same per school, with
// overdue evaluations and cases without activity.

/** The contact teacher's day and the leadership's schools, from one request (GET /api/home). */
export function WorkToday({ concerns = false, children }: { concerns?: boolean; children?: ReactNode }) {
  const { t } = useTranslation();
  const home = useApi('home', () => homeApi.get());
  if (home.status === 'loading') return <Loading />;
  if (home.status === 'error')
    return (
      <>
        <ErrorAlert>{errorMessage(home.error, t('frontpage.failed'))}</ErrorAlert>
        {children}
      </>
    );
  const { mine, schools, inactiveAfterDays, concernsToday, openConcerns } = home.data;
  return (
    <>
      {mine && (
        <section aria-labelledby="i-dag" className="home-section">
          <Heading level={2} data-size="sm" id="i-dag">
            {t('frontpage.todayHeading')}
          </Heading>
          <Registers registers={mine.registers} headingId="dagens-registrering" />
          <CallHome calls={mine.callHome} headingId="ring-hjem" />
          <ContactGaps cases={mine.contactGaps} headingId="kontakt-mangler" />
        </section>
      )}
      {concerns && <NewConcerns concerns={concernsToday} open={openConcerns} />}
      {children}
      {mine && (
        <section aria-labelledby="mine-saker" className="home-section">
          <Heading level={2} data-size="sm" id="mine-saker">
            {t('frontpage.casesHeading')}
          </Heading>
          {mine.cases.length === 0 ? (
            <Paragraph>{t('frontpage.casesNone')}</Paragraph>
          ) : (
            <CaseRows cases={mine.cases} />
          )}
        </section>
      )}
      {schools.map((school) => (
        <section key={school.id} aria-labelledby={`skole-${school.id}`} className="home-section">
          <Heading level={2} data-size="sm" id={`skole-${school.id}`}>
            {t('frontpage.schoolHeading', { school: school.name })}
          </Heading>
          <Registers registers={school.registers} headingId={`registrering-${school.id}`} summary />
          <CallHome calls={school.callHome} headingId={`ring-hjem-${school.id}`} />
          <ContactGaps cases={school.contactGaps} headingId={`kontakt-mangler-${school.id}`} showHolder />
          <Heading level={3} data-size="xs" id={`forfalt-${school.id}`}>
            {t('frontpage.overdueHeading')}
          </Heading>
          {school.overdueEvaluations.length === 0 ? (
            <Paragraph>{t('frontpage.overdueNone')}</Paragraph>
          ) : (
            <CaseRows cases={school.overdueEvaluations} showHolder />
          )}
          <Heading level={3} data-size="xs" id={`uten-aktivitet-${school.id}`}>
            {t('frontpage.inactiveHeading', { days: inactiveAfterDays })}
          </Heading>
          {school.inactiveCases.length === 0 ? (
            <Paragraph>{t('frontpage.inactiveNone', { days: inactiveAfterDays })}</Paragraph>
          ) : (
            <CaseRows cases={school.inactiveCases} showHolder />
          )}
          {school.cases.length > 0 && (
            <>
              <Heading level={3} data-size="xs" id={`mine-saker-${school.id}`}>
                {t('frontpage.casesHeading')}
              </Heading>
              <CaseRows cases={school.cases} />
            </>
          )}
        </section>
      ))}
    </>
  );
}

/** How many concerns the front page shows; the rest are a click away on /varsler. */
const FRONT_PAGE_CONCERNS = 3;

/** «Nye bekymringer»: today's new concerns of the user's pupils (newest and most severe first), and the way to all open ones. */
function NewConcerns({ concerns, open }: { concerns: HomeConcern[]; open: number }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="nye-bekymringer" className="home-section">
      <Heading level={2} data-size="sm" id="nye-bekymringer">
        {t('concerns.homeHeading')}
      </Heading>
      {concerns.length === 0 ? (
        <Paragraph>{t('concerns.homeNone')}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">{t('concerns.homeIntro')}</Paragraph>
          <div className="alert-list">
            {concerns.slice(0, FRONT_PAGE_CONCERNS).map((concern) => (
              <ConcernCard key={concern.id} concern={concern} showPupil showClass headingLevel={3} />
            ))}
          </div>
        </>
      )}
      <Paragraph className="home-section__more">
        <Link asChild>
          <RouterLink to="/varsler">
            {open > 0 ? t('concerns.homeAll', { count: open }) : t('concerns.homeHistory')}
          </RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}

function Registers({
  registers,
  headingId,
  summary = false,
}: {
  registers: HomeRegister[];
  headingId: string;
  summary?: boolean;
}) {
  const { t } = useTranslation();
  if (registers.length === 0) return null;
  const schoolDays = registers.filter((r) => r.schoolDay);
  return (
    <>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('frontpage.registersHeading')}
      </Heading>
      {summary && schoolDays.length > 0 && (
        <Paragraph data-size="sm">
          {t('frontpage.registersTakenCount', {
            taken: schoolDays.filter((r) => r.taken).length,
            total: schoolDays.length,
          })}
        </Paragraph>
      )}
      <ul className="class-list" aria-labelledby={headingId}>
        {registers.map((r) => (
          <li key={r.classId} data-register={r.classId}>
            <Link asChild>
              <RouterLink to={`/klasse/${encodeURIComponent(r.classId)}/registrering`}>
                {t('frontpage.registerLink', { className: r.className })}
              </RouterLink>
            </Link>
            <span className="class-list__meta">
              {!r.schoolDay
                ? t('frontpage.registerNoSchool')
                : r.taken
                  ? t('frontpage.registerTaken', { time: formatTime(r.taken.at), name: r.taken.byName })
                  : t('frontpage.registerNotTaken')}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function CallHome({ calls, headingId }: { calls: HomeCall[]; headingId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('frontpage.callHomeHeading')}
      </Heading>
      {calls.length === 0 ? (
        <Paragraph>{t('frontpage.callHomeNone')}</Paragraph>
      ) : (
        <ul className="class-list" aria-labelledby={headingId}>
          {calls.map((c) => (
            <li key={c.pupilId} data-call-home={c.pupilId}>
              <Link asChild>
                <RouterLink to={`/elev/${encodeURIComponent(c.pupilId)}`}>
                  {t('frontpage.callHomePupil', { name: c.pupilName, className: c.className })}
                </RouterLink>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * «Ukentlig kontakt mangler» (decision 206): the cases where a school week is over without the weekly contact with
 * the pupil or the home, each with the weeks and a link to the case. Shown only when there are any.
 */
function ContactGaps({
  cases,
  headingId,
  showHolder = false,
}: {
  cases: HomeCase[];
  headingId: string;
  showHolder?: boolean;
}) {
  const { t } = useTranslation();
  if (cases.length === 0) return null;
  return (
    <>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('frontpage.contactGapHeading')}
      </Heading>
      <ul className="class-list" aria-labelledby={headingId}>
        {cases.map((c) => (
          <li key={c.id} data-contact-gap={c.id}>
            <Link asChild>
              <RouterLink to={`/sak/${encodeURIComponent(c.id)}`}>
                {c.pupilName} ({c.className})
              </RouterLink>
            </Link>
            <span className="class-list__meta">
              {[
                t('frontpage.contactGapWeeks', {
                  count: c.contactGapWeeks.length,
                  weeks: formatList(c.contactGapWeeks.map((w) => String(w.week))),
                }),
                showHolder ? t('frontpage.holder', { name: c.stafettholderName }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function CaseRows({ cases, showHolder = false }: { cases: HomeCase[]; showHolder?: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="class-list">
      {cases.map((c) => (
        <li key={c.id} data-case-id={c.id}>
          <Link asChild>
            <RouterLink to={`/sak/${encodeURIComponent(c.id)}`}>
              {c.pupilName} ({c.className})
            </RouterLink>
          </Link>
          <span className="class-list__meta">
            {[
              t('frontpage.caseLevel', { level: c.level }),
              c.nextStep
                ? c.nextStep.dueOn
                  ? t('frontpage.nextStepDue', { text: c.nextStep.text, date: formatDate(c.nextStep.dueOn) })
                  : t('frontpage.nextStep', { text: c.nextStep.text })
                : t('frontpage.noNextStep'),
              c.evaluationDue && !c.evaluationOverdue
                ? t('frontpage.evaluationDue', { date: formatDate(c.evaluationDue) })
                : null,
              showHolder ? t('frontpage.holder', { name: c.stafettholderName }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
          {c.evaluationOverdue && c.evaluationDue && (
            <Tag data-color="danger" data-size="sm">
              <span aria-hidden="true">⚠ </span>
              {t('frontpage.evaluationOverdue', { date: formatDate(c.evaluationDue) })}
            </Tag>
          )}
          {c.inactive && (
            <Tag data-color="warning" data-size="sm">
              {t('frontpage.inactive', { date: formatDate(c.lastActivityOn) })}
            </Tag>
          )}
        </li>
      ))}
    </ul>
  );
}
