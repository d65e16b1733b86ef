import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AuthProvider } from './auth';
import { AppLayout } from './components/AppLayout';
import { RequireAuth } from './components/RequireAuth';
import { AlertsPage } from './pages/AlertsPage';
import { AuditLogPage } from './pages/AuditLogPage';
import { GuardianAccessLogPage } from './pages/GuardianAccessLogPage';
import { CaseBoardPage } from './pages/CaseBoardPage';
import { CasePage } from './pages/CasePage';
import { ClassPage } from './pages/ClassPage';
import { GuardianReportPage } from './pages/GuardianReportPage';
import { ImportPage } from './pages/ImportPage';
import { ProfilesPage } from './pages/ProfilesPage';
import { PupilFilePage } from './pages/PupilFilePage';
import { PupilPage } from './pages/PupilPage';
import { RegisterPage } from './pages/RegisterPage';
import { SettingsPage } from './pages/SettingsPage';
import { UsersPage } from './pages/UsersPage';
import { RosterPage } from './features/roster/RosterPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { SetPasswordPage } from './pages/SetPasswordPage';
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
