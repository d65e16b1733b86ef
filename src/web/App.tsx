import { lazy, type ReactNode, Suspense } from 'react';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router-dom';
import { AuthProvider } from './auth';
import { AppLayout } from './components/AppLayout';
import { RequireAuth } from './components/RequireAuth';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorBoundary } from './pages/RouteErrorPage';
import { loadScreenTexts } from './i18n';
import { Loading } from './ui/Loading';

/**
 * A screen loaded when its route is first visited: each feature is its own chunk, so the register at
 * 08:15 does not wait for the case page's forms and plans (decision 110). A screen marked 'core' uses only
 * the texts in the first script (i18n/nb/core.ts, checked by tests/mirrors/core-texts.test.ts); the others also wait
 * for the rest of the texts, fetched once, in parallel with the screen.
 */
function page(load: () => Promise<() => ReactNode>, texts: 'core' | 'all' = 'all') {
  const Screen = lazy(async () => {
    const [component] = await Promise.all([load(), texts === 'all' ? loadScreenTexts() : undefined]);
    return { default: component };
  });
  return (
    <Suspense fallback={<Loading />}>
      <Screen />
    </Suspense>
  );
}

// Each made once, at load: a lazy component made during render would load and mount anew every time.
const LoginPage = page(() => import('./features/auth/LoginPage').then((m) => m.LoginPage), 'core');
const SetPasswordPage = page(() => import('./features/auth/SetPasswordPage').then((m) => m.SetPasswordPage), 'core');
const HomePage = page(() => import('./features/home/HomePage').then((m) => m.HomePage));
const ClassPage = page(() => import('./features/class/ClassPage').then((m) => m.ClassPage), 'core');
const RegisterPage = page(() => import('./features/register/RegisterPage').then((m) => m.RegisterPage), 'core');
const PupilPage = page(() => import('./features/pupil/PupilPage').then((m) => m.PupilPage));
const PupilFilePage = page(() => import('./features/pupil/PupilFilePage').then((m) => m.PupilFilePage));
const AlertsPage = page(() => import('./features/alerts/AlertsPage').then((m) => m.AlertsPage));
const CaseBoardPage = page(() => import('./features/case-board/CaseBoardPage').then((m) => m.CaseBoardPage));
const CasePage = page(() => import('./features/case/CasePage').then((m) => m.CasePage));
const GuardianReportPage = page(() =>
  import('./features/guardian/GuardianReportPage').then((m) => m.GuardianReportPage),
);
const GuardianChildPage = page(() => import('./features/guardian/GuardianChildPage').then((m) => m.GuardianChildPage));
const GuardianAccessLogPage = page(() =>
  import('./features/guardian/GuardianAccessLogPage').then((m) => m.GuardianAccessLogPage),
);
const ArchivePage = page(() => import('./features/archive/ArchivePage').then((m) => m.ArchivePage));
const AuditLogPage = page(() => import('./features/audit/AuditLogPage').then((m) => m.AuditLogPage));
const ImportPage = page(() => import('./features/import/ImportPage').then((m) => m.ImportPage));
const ProfilesPage = page(() => import('./features/profiles/ProfilesPage').then((m) => m.ProfilesPage));
const LaddersPage = page(() => import('./features/profiles/LaddersPage').then((m) => m.LaddersPage));
const SettingsPage = page(() => import('./features/settings/SettingsPage').then((m) => m.SettingsPage));
const UsersPage = page(() => import('./features/users/UsersPage').then((m) => m.UsersPage));
const IdentityPage = page(() => import('./features/identity/IdentityPage').then((m) => m.IdentityPage));
const ReviewsPage = page(() => import('./features/reviews/ReviewsPage').then((m) => m.ReviewsPage));
const WeeklyReviewPage = page(() => import('./features/reviews/WeeklyReviewPage').then((m) => m.WeeklyReviewPage));
const TrinnMeetingPage = page(() => import('./features/reviews/TrinnMeetingPage').then((m) => m.TrinnMeetingPage));
const MonthlyReviewPage = page(() => import('./features/reviews/MovementReviewPage').then((m) => m.MonthlyReviewPage));
const SemesterReviewPage = page(() =>
  import('./features/reviews/MovementReviewPage').then((m) => m.SemesterReviewPage),
);
const OwnerOverviewPage = page(() => import('./features/oversight/OwnerOverviewPage').then((m) => m.OwnerOverviewPage));
const SchoolEnvironmentPage = page(() =>
  import('./features/school-environment/SchoolEnvironmentPage').then((m) => m.SchoolEnvironmentPage),
);
const InboxPage = page(() => import('./features/inbox/InboxPage').then((m) => m.InboxPage));
const HealthConcernPage = page(() => import('./features/health/HealthConcernPage').then((m) => m.HealthConcernPage));
const TimetablePage = page(() => import('./features/timetable/TimetablePage').then((m) => m.TimetablePage));
const RosterPage = page(() => import('./features/roster/RosterPage').then((m) => m.RosterPage));
const PupilHomePage = page(() => import('./features/me/PupilHomePage').then((m) => m.PupilHomePage));

// Declarative routes (not the data router): the app loads its data in the screens, and the data router
// alone was a third of the shared script (decision 110).
// Norwegian paths, because people read and share them: /logg-inn, /klasse/:classId/registrering, /elev/:pupilId, /sak/:caseId …
function AppRoutes() {
  // A page that failed to render is forgotten when the user goes elsewhere.
  const { pathname } = useLocation();
  return (
    <RouteErrorBoundary key={pathname}>
      <Routes>
        <Route element={<AppLayout />}>
          <Route path="/logg-inn" element={LoginPage} />
          <Route path="/sett-passord" element={SetPasswordPage} />
          <Route element={<RequireAuth />}>
            <Route index element={HomePage} />
            <Route path="/innboks" element={InboxPage} />
            <Route path="/helse/undring" element={HealthConcernPage} />
            <Route path="/timeplan" element={TimetablePage} />
            <Route path="/klasse/:classId" element={ClassPage} />
            <Route path="/klasse/:classId/registrering" element={RegisterPage} />
            <Route path="/elev/:pupilId" element={PupilPage} />
            <Route path="/elev/:pupilId/mappe" element={PupilFilePage} />
            <Route path="/varsler" element={AlertsPage} />
            <Route path="/saker" element={CaseBoardPage} />
            <Route path="/sak/:caseId" element={CasePage} />
            <Route path="/skolemiljo/:matterId" element={SchoolEnvironmentPage} />
            <Route path="/barn/:pupilId" element={GuardianChildPage} />
            <Route path="/barn/:pupilId/meld-fravaer" element={GuardianReportPage} />
            <Route path="/barn/:pupilId/innsyn" element={GuardianAccessLogPage} />
            <Route path="/meg" element={PupilHomePage} />
            <Route path="/tilgangslogg" element={AuditLogPage} />
            <Route path="/arkiv" element={ArchivePage} />
            <Route path="/import" element={ImportPage} />
            <Route path="/regelprofiler" element={ProfilesPage} />
            <Route path="/tiltakstrapper" element={LaddersPage} />
            <Route path="/skole/:schoolId/innstillinger" element={SettingsPage} />
            <Route path="/brukere" element={UsersPage} />
            <Route path="/elevregister" element={RosterPage} />
            <Route path="/innloggingstjenester" element={IdentityPage} />
            <Route path="/oversikt" element={OwnerOverviewPage} />
            <Route path="/gjennomganger" element={ReviewsPage} />
            <Route path="/gjennomganger/uke" element={WeeklyReviewPage} />
            <Route path="/gjennomganger/trinn" element={TrinnMeetingPage} />
            <Route path="/gjennomganger/maned" element={MonthlyReviewPage} />
            <Route path="/gjennomganger/semester" element={SemesterReviewPage} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </RouteErrorBoundary>
  );
}

export function App() {
  return (
    <AuthProvider>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AuthProvider>
  );
}
