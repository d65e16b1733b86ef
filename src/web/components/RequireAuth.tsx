import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useAuth } from '../auth';
import { Loading } from '../ui/Loading';

export type LoginRedirectState = { from?: string; expired?: boolean };

/** Pages behind login. Anonymous visitors go to /logg-inn and come back here afterwards. */
export function RequireAuth() {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'anonymous') {
    // After an explicit logout the next person starts at the front page, not where the last one was.
    const redirect: LoginRedirectState =
      state.reason === 'logout'
        ? {}
        : { from: location.pathname + location.search, expired: state.reason === 'expired' };
    return <Navigate to="/logg-inn" replace state={redirect} />;
  }
  return <Outlet />;
}
