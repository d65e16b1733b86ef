import { useCallback, useEffect, useState } from 'react';
import { useAuth } from './auth';

export type Loadable<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ok'; data: T };

/**
 * Runs `load` when `key` changes (pass `null` to skip). A 401 ends the session (back to login);
 * any other error is returned for the page to show. Late answers for an old key are dropped.
 */
export function useApi<T>(key: string | null, load: () => Promise<T>): Loadable<T> & { reload(): void } {
  const { handleApiError } = useAuth();
  const [state, setState] = useState<Loadable<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (data) => {
        if (current) setState({ status: 'ok', data });
      },
      (error: unknown) => {
        if (!current) return;
        handleApiError(error);
        setState({ status: 'error', error });
      },
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; `key` says when the data to load has changed.
  }, [key, generation, handleApiError]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
