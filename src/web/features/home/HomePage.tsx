import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { MunicipalContentNote } from '../../components/MunicipalContentNote';
import { Navigate, Link as RouterLink } from 'react-router-dom';
import { api } from '../../api';
import type { ClassSummary, RoleAssignment } from '../../api';
import { useUser } from '../../auth';
import { ConsentedCasesSection } from './ConsentedCases';
import { HealthConcernsSection } from './HealthConcerns';
import { MyTasksSection } from './MyTasks';
import { WorkToday } from './WorkToday';
import { DemoClockSection } from './DemoClock';
import { demoClockMovable } from '../../appClock';
import { seesConsentedCases } from '../../consent';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { PupilTable } from '../../components/PupilTable';
import { compareByName, compareClassNames } from '../../format';
import {
  casePlan,
  concernPlan,
  describeRole,
  HEALTH_CONCERN_HANDLE_ROLES,
  hasAnyRole,
  homePlan,
  navPlan,
  settingsSchools,
} from '../../roles';
import { useApi } from '../../useApi';

export function HomePage() {
  const { t } = useTranslation();
  const user = useUser();
  const plan = homePlan(user);
  const nav = navPlan(user);
  const schools = settingsSchools(user);
  const cases = casePlan(user);
  const concerns = concernPlan(user);
  // A pupil's account has one page of its own (decision 184).
  if (user.kind === 'pupil') return <Navigate to="/meg" replace />;

  return (
    <Page title={t('home.title')} heading={t('home.heading', { name: user.displayName })}>
      {/* The cases' next steps and tasks are the ladder's words: Norwegian for an English reader (decision 179). */}
      {user.kind === 'staff' && (
        <MunicipalContentNote content={{ language: user.kommune.malform, inNorwegian: user.language === 'en' }} />
      )}
      {user.kind === 'staff' ? (
        <WorkToday concerns={concerns.read}>{cases.myTasks && <MyTasksSection />}</WorkToday>
      ) : (
        cases.myTasks && <MyTasksSection />
      )}
      {hasAnyRole(user, HEALTH_CONCERN_HANDLE_ROLES) && <HealthConcernsSection />}
      {seesConsentedCases(user) && <ConsentedCasesSection />}
      {demoClockMovable() && user.roles.some((r) => r.role === 'administrator') && <DemoClockSection />}
      {(nav.alerts || nav.board || nav.import || nav.reviews || schools.length > 0) && (
        <section aria-labelledby="snarveier" className="home-section">
          <Heading level={2} data-size="sm" id="snarveier">
            {t('home.shortcuts')}
          </Heading>
          <ul className="class-list">
            {nav.alerts && (
              <li>
                <Link asChild>
                  <RouterLink to="/varsler">{t('home.alertsLink')}</RouterLink>
                </Link>
              </li>
            )}
            {nav.board && (
              <li>
                <Link asChild>
                  <RouterLink to="/saker">{t('home.boardLink')}</RouterLink>
                </Link>
              </li>
            )}
            {nav.reviews && (
              <li>
                <Link asChild>
                  <RouterLink to="/gjennomganger">{t('nav.reviews')}</RouterLink>
                </Link>
              </li>
            )}
            {nav.import && (
              <li>
                <Link asChild>
                  <RouterLink to="/import">{t('home.importLink')}</RouterLink>
                </Link>
              </li>
            )}
            {nav.auditLog && (
              <li>
                <Link asChild>
                  <RouterLink to="/tilgangslogg">{t('home.auditLogLink')}</RouterLink>
                </Link>
              </li>
            )}
            {schools.map((school) => (
              <li key={school.id}>
                <Link asChild>
                  <RouterLink to={`/skole/${encodeURIComponent(school.id)}/innstillinger`}>
                    {t('home.settingsLink', { school: school.name })}
                  </RouterLink>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {plan.showClasses && <ClassesSection showMyClasses={plan.showMyClasses} />}
      {plan.showChildren && <ChildrenSection />}
      {plan.info.length > 0 && (
        <section aria-labelledby="hva-du-ser" className="home-section">
          <Heading level={2} data-size="sm" id="hva-du-ser">
            {t('home.comingHeading')}
          </Heading>
          {plan.info.map((key) => (
            <Paragraph key={key}>{t(`roleInfo.${key}`)}</Paragraph>
          ))}
        </section>
      )}
      <section aria-labelledby="roller" className="home-section">
        <Heading level={2} data-size="sm" id="roller">
          {t('home.yourRoles')}
        </Heading>
        {user.roles.length === 0 ? (
          <Paragraph>{t('home.noRoles')}</Paragraph>
        ) : (
          <ul className="role-list">
            {user.roles.map((assignment, index) => (
              <li key={index}>
                <RoleLine assignment={assignment} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}

function RoleLine({ assignment }: { assignment: RoleAssignment }) {
  const { t } = useTranslation();
  const description = describeRole(assignment);
  const role = t(`roles.${description.role}`);
  switch (description.key) {
    case 'class':
      return t('roleWhere.class', { role, className: description.className, schoolName: description.schoolName });
    case 'subject':
      return t('roleWhere.subject', { role, subject: description.subject, schoolName: description.schoolName });
    case 'school':
      return t('roleWhere.school', { role, schoolName: description.schoolName });
    case 'plain':
      return t('roleWhere.plain', { role });
  }
}

function ClassesSection({ showMyClasses }: { showMyClasses: boolean }) {
  const { t } = useTranslation();
  const classes = useApi('classes', () => api.classes());

  if (classes.status === 'loading') return <Loading />;
  if (classes.status === 'error') {
    return (
      <section aria-labelledby="mine-klasser" className="home-section">
        <Heading level={2} data-size="sm" id="mine-klasser">
          {t('home.myClasses')}
        </Heading>
        <ErrorAlert>{errorMessage(classes.error, t('home.classesFailed'))}</ErrorAlert>
      </section>
    );
  }

  const sorted = [...classes.data.classes].sort((a, b) => a.trinn - b.trinn || compareClassNames(a.name, b.name));
  const mine = sorted.filter((c) => c.myRole === 'kontaktlaerer');
  const others = sorted.filter((c) => c.myRole !== 'kontaktlaerer');
  const onlyClass = mine.length === 1 ? mine[0] : undefined;

  return (
    <>
      {showMyClasses && (
        <section aria-labelledby="mine-klasser" className="home-section">
          <Heading level={2} data-size="sm" id="mine-klasser">
            {t('home.myClasses')}
          </Heading>
          {mine.length === 0 ? <Paragraph>{t('home.noClasses')}</Paragraph> : <ClassList classes={mine} />}
        </section>
      )}
      {onlyClass && <OnlyClassPupils summary={onlyClass} />}
      {others.length > 0 && (
        <section aria-labelledby="andre-klasser" className="home-section">
          <Heading level={2} data-size="sm" id="andre-klasser">
            {showMyClasses ? t('home.otherClasses') : t('home.accessibleClasses')}
          </Heading>
          <ClassList classes={others} showRole={showMyClasses || new Set(others.map((c) => c.myRole)).size > 1} />
        </section>
      )}
    </>
  );
}

function ClassList({ classes, showRole = false }: { classes: ClassSummary[]; showRole?: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="class-list">
      {classes.map((c) => (
        <li key={c.id}>
          <Link asChild>
            <RouterLink to={`/klasse/${encodeURIComponent(c.id)}`}>
              {t('class.heading', { className: c.name })}
            </RouterLink>
          </Link>
          <span className="class-list__meta">
            {[
              c.schoolName,
              c.schoolYear,
              t('class.pupilCount', { count: c.pupilCount }),
              showRole ? t(`roles.${c.myRole}`) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A contact teacher with one class sees its pupils straight away. */
function OnlyClassPupils({ summary }: { summary: ClassSummary }) {
  const { t } = useTranslation();
  const pupils = useApi(`pupils:${summary.id}`, () => api.classPupils(summary.id));
  return (
    // Not a labelled section: the table's scroll region already carries the name "Elever i …".
    <section className="home-section">
      <Heading level={2} data-size="sm" id="elever">
        {t('home.pupilsInClass', { className: summary.name })}
      </Heading>
      {pupils.status === 'loading' && <Loading />}
      {pupils.status === 'error' && <ErrorAlert>{errorMessage(pupils.error, t('class.loadFailed'))}</ErrorAlert>}
      {pupils.status === 'ok' && (
        <PupilTable className={pupils.data.class.name} pupils={pupils.data.pupils} labelledBy="elever" linkPupils />
      )}
    </section>
  );
}

function ChildrenSection() {
  const { t } = useTranslation();
  const children = useApi('my-children', () => api.myChildren());
  const sorted = children.status === 'ok' ? [...children.data.children].sort(compareByName) : [];
  return (
    <section aria-labelledby="mine-barn" className="home-section">
      <Heading level={2} data-size="sm" id="mine-barn">
        {t('home.myChildren')}
      </Heading>
      {children.status === 'loading' && <Loading />}
      {children.status === 'error' && <ErrorAlert>{errorMessage(children.error, t('home.childrenFailed'))}</ErrorAlert>}
      {children.status === 'ok' &&
        (sorted.length === 0 ? (
          <Paragraph>{t('home.noChildren')}</Paragraph>
        ) : (
          <ul className="class-list">
            {sorted.map((child) => (
              <li key={child.id}>
                <span className="child-name">
                  {child.firstName} {child.lastName}
                </span>
                <span className="class-list__meta">
                  {t('home.childClass', { className: child.className, schoolName: child.schoolName })}
                </span>
                <Link asChild>
                  <RouterLink to={`/barn/${encodeURIComponent(child.id)}`}>
                    {t('home.openChild', { name: child.firstName })}
                  </RouterLink>
                </Link>
                <Link asChild>
                  <RouterLink to={`/barn/${encodeURIComponent(child.id)}/meld-fravaer`}>
                    {t('home.reportAbsence', { name: child.firstName })}
                  </RouterLink>
                </Link>
                <Link asChild>
                  <RouterLink to={`/barn/${encodeURIComponent(child.id)}/innsyn`}>
                    {t('home.accessLog', { name: child.firstName })}
                  </RouterLink>
                </Link>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
