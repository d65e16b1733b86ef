import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AuthProvider } from './auth';
import { AppLayout } from './components/AppLayout';
import { RequireAuth } from './components/RequireAuth';
import { AlertsPage } from './features/alerts/AlertsPage';
import { AuditLogPage } from './features/audit/AuditLogPage';
import { GuardianAccessLogPage } from './features/guardian/GuardianAccessLogPage';
import { CaseBoardPage } from './features/case-board/CaseBoardPage';
import { CasePage } from './features/case/CasePage';
import { ClassPage } from './features/class/ClassPage';
import { GuardianReportPage } from './features/guardian/GuardianReportPage';
import { ImportPage } from './features/import/ImportPage';
import { ProfilesPage } from './features/profiles/ProfilesPage';
import { PupilFilePage } from './features/pupil/PupilFilePage';
import { PupilPage } from './features/pupil/PupilPage';
import { RegisterPage } from './features/register/RegisterPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { UsersPage } from './features/users/UsersPage';
import { HomePage } from './features/home/HomePage';
import { LoginPage } from './features/auth/LoginPage';
import { SetPasswordPage } from './features/auth/SetPasswordPage';
import { RosterPage } from './features/roster/RosterPage';
import { IdentityPage } from './features/identity/IdentityPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';

// Norwegian paths, because people read and share them: /logg-inn, /klasse/:classId/registrering, /elev/:pupilId, /sak/:caseId …
const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: '/logg-inn', element: <LoginPage /> },
      { path: '/sett-passord', element: <SetPasswordPage /> },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <HomePage /> },
          { path: '/klasse/:classId', element: <ClassPage /> },
          { path: '/klasse/:classId/registrering', element: <RegisterPage /> },
          { path: '/elev/:pupilId', element: <PupilPage /> },
          { path: '/elev/:pupilId/mappe', element: <PupilFilePage /> },
          { path: '/varsler', element: <AlertsPage /> },
          { path: '/saker', element: <CaseBoardPage /> },
          { path: '/sak/:caseId', element: <CasePage /> },
          { path: '/barn/:pupilId/meld-fravaer', element: <GuardianReportPage /> },
          { path: '/barn/:pupilId/innsyn', element: <GuardianAccessLogPage /> },
          { path: '/tilgangslogg', element: <AuditLogPage /> },
          { path: '/import', element: <ImportPage /> },
          { path: '/regelprofiler', element: <ProfilesPage /> },
          { path: '/skole/:schoolId/innstillinger', element: <SettingsPage /> },
          { path: '/brukere', element: <UsersPage /> },
          { path: '/elevregister', element: <RosterPage /> },
          { path: '/innloggingstjenester', element: <IdentityPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function App() {
  return (
    <AuthProvider>
      <RouterProvider router={router} />
    </AuthProvider>
  );
}
