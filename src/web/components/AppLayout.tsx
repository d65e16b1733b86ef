import { Button, Link, SkipLink } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Outlet, useLocation } from 'react-router-dom';
import { INBOX_CHANGED, inboxApi } from '../api/inbox';
import { useAuth } from '../auth';
import { navPlan } from '../roles';
import { ErrorAlert, errorMessage } from '../ui/ErrorAlert';

export const MAIN_ID = 'hovedinnhold';

// Every page: skip link, header (banner) with the product and — when logged in — the user,
// the organisation, the main navigation and "Logg ut"; then the page itself in <main>.
export function AppLayout() {
  const { t } = useTranslation();
  const { state, logout } = useAuth();
  const [loggingOut, setLoggingOut] = useState(false);
  const [logoutError, setLogoutError] = useState<string | null>(null);
  const user = state.status === 'authenticated' ? state.user : null;
  const nav = user ? navPlan(user) : null;
  const unread = useUnread(user !== null);

  async function onLogout() {
    setLoggingOut(true);
    setLogoutError(null);
    try {
      await logout();
    } catch (error) {
      setLogoutError(errorMessage(error, t('app.logoutFailed')));
    } finally {
      setLoggingOut(false);
    }
  }

  return (
    <>
      <SkipLink href={`#${MAIN_ID}`}>{t('app.skipLink')}</SkipLink>
      <header className="app-header">
        <div className="app-header__inner">
          <div className="app-brand">
            {user ? (
              <RouterLink to="/" className="app-brand__name">
                {t('app.name')}
              </RouterLink>
            ) : (
              <span className="app-brand__name">{t('app.name')}</span>
            )}
            <span className="app-brand__tagline">{t('app.tagline')}</span>
          </div>
          {user && (
            <div className="app-user">
              <p className="app-user__who">
                <span className="ds-sr-only">{t('app.signedInAs')} </span>
                <span className="app-user__name">{user.displayName}</span>
                <span className="app-user__org">
                  {user.organisation.name === user.kommune.name
                    ? user.organisation.name
                    : `${user.organisation.name}, ${user.kommune.name}`}
                </span>
              </p>
              <Button
                variant="secondary"
                data-size="sm"
                onClick={onLogout}
                disabled={loggingOut}
                aria-busy={loggingOut || undefined}
              >
                {loggingOut ? t('app.loggingOut') : t('app.logout')}
              </Button>
            </div>
          )}
        </div>
        {user && (
          <nav aria-label={t('app.mainNav')} className="app-nav">
            <ul>
              <li>
                <Link asChild>
                  <RouterLink to="/">{t('app.home')}</RouterLink>
                </Link>
              </li>
              <li>
                <Link asChild>
                  <RouterLink to="/innboks">
                    {t('nav.inbox')}
                    {unread > 0 && (
                      <>
                        {' '}
                        <span className="app-nav__badge">
                          <span aria-hidden="true">{unread}</span>
                          <span className="ds-sr-only">({t('nav.inboxUnread', { count: unread })})</span>
                        </span>
                      </>
                    )}
                  </RouterLink>
                </Link>
              </li>
              {nav?.oversight && (
                <li>
                  <Link asChild>
                    <RouterLink to="/oversikt">{t('nav.oversight')}</RouterLink>
                  </Link>
                </li>
              )}
              {nav?.alerts && (
                <li>
                  <Link asChild>
                    <RouterLink to="/varsler">{t('nav.alerts')}</RouterLink>
                  </Link>
                </li>
              )}
              {nav?.timetable && (
                <li>
                  <Link asChild>
                    <RouterLink to="/timeplan">{t('nav.timetable')}</RouterLink>
                  </Link>
                </li>
              )}
              {nav?.healthConcern && (
                <li>
                  <Link asChild>
                    <RouterLink to="/helse/undring">{t('nav.healthConcern')}</RouterLink>
                  </Link>
                </li>
              )}
              {nav?.reviews && (
                <li>
                  <Link asChild>
                    <RouterLink to="/gjennomganger">{t('nav.reviews')}</RouterLink>
                  </Link>
                </li>
              )}
              {nav?.board && (
                <li>
                  <Link asChild>
                    <RouterLink to="/saker">{t('nav.board')}</RouterLink>
                  </Link>
                </li>
              )}
              {nav?.import && (
                <li>
                  <Link asChild>
                    <RouterLink to="/import">{t('nav.import')}</RouterLink>
                  </Link>
                </li>
              )}
              {nav?.profiles && (
                <li>
                  <Link asChild>
                    <RouterLink to="/regelprofiler">{t('nav.profiles')}</RouterLink>
                  </Link>
                </li>
              )}
              {nav?.auditLog && (
                <li>
                  <Link asChild>
                    <RouterLink to="/tilgangslogg">{t('nav.auditLog')}</RouterLink>
                  </Link>
                </li>
              )}
              {nav?.archive && (
                <li>
                  <Link asChild>
                    <RouterLink to="/arkiv">{t('nav.archive')}</RouterLink>
                  </Link>
                </li>
              )}
              {nav?.users && (
                <li>
                  <Link asChild>
                    <RouterLink to="/brukere">{t('nav.users')}</RouterLink>
                  </Link>
                </li>
              )}
              {nav?.roster && (
                <li>
                  <Link asChild>
                    <RouterLink to="/elevregister">{t('nav.roster')}</RouterLink>
                  </Link>
                </li>
              )}
              {nav?.settings.map((school) => (
                <li key={school.id}>
                  <Link asChild>
                    <RouterLink to={`/skole/${encodeURIComponent(school.id)}/innstillinger`}>
                      {nav.settings.length > 1 ? t('nav.settingsAt', { school: school.name }) : t('nav.settings')}
                    </RouterLink>
                  </Link>
                </li>
              ))}
              {nav?.identity && (
                <li>
                  <Link asChild>
                    <RouterLink to="/innloggingstjenester">{t('nav.identity')}</RouterLink>
                  </Link>
                </li>
              )}
            </ul>
          </nav>
        )}
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="app-main">
        {logoutError && <ErrorAlert>{logoutError}</ErrorAlert>}
        <Outlet />
      </main>
    </>
  );
}

/**
 * The header's count of unread inbox items (issue 18, decision 124): fetched on every page change and when
 * the inbox page says it changed. A failure shows no badge; the inbox page itself says what went wrong.
 */
function useUnread(signedIn: boolean): number {
  const { pathname } = useLocation();
  const [unread, setUnread] = useState(0);
  const [changed, setChanged] = useState(0);
  useEffect(() => {
    const bump = () => setChanged((n) => n + 1);
    window.addEventListener(INBOX_CHANGED, bump);
    return () => window.removeEventListener(INBOX_CHANGED, bump);
  }, []);
  useEffect(() => {
    if (!signedIn) return;
    let current = true;
    inboxApi.unread().then(
      (r) => current && setUnread(r.unread),
      () => current && setUnread(0),
    );
    return () => {
      current = false;
    };
  }, [signedIn, pathname, changed]);
  return signedIn ? unread : 0;
}
