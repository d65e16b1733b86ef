import { useCallback, useEffect, useRef, useState } from 'react';
import { useAuth } from './auth';

export type Loadable<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ok'; data: T };

/**
 * Runs `load` when `key` changes (pass `null` to skip). A 401 ends the session (back to login);
 * any other error is returned for the page to show. Late answers for an old key are dropped.
 * `reload()` starts over (the page shows "Laster …"); `refresh()` fetches again while the old data
 * stays on screen, so nothing unmounts and focus stays where it is (after an action on the page).
 */
export function useApi<T>(
  key: string | null,
  load: () => Promise<T>,
): Loadable<T> & { reload(): void; refresh(): Promise<void> } {
  const { handleApiError } = useAuth();
  const [state, setState] = useState<Loadable<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(load);
  latest.current = load;
  const keyRef = useRef(key);
  keyRef.current = key;

  useEffect(() => {
    if (key === null) return;
    let current = true;
    setState({ status: 'loading' });
    latest.current().then(
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
    // `load` is a fresh closure each render (read through `latest`); `key` says when the data to load has changed.
  }, [key, generation, handleApiError]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const refresh = useCallback(async () => {
    const from = keyRef.current;
    try {
      const data = await latest.current();
      if (keyRef.current === from) setState({ status: 'ok', data });
    } catch (error) {
      handleApiError(error);
    }
  }, [handleApiError]);
  return { ...state, reload, refresh };
}
