import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useFailure } from './feedback';

/**
 * A form's submit state: one request at a time (a second click while busy does nothing), the last
 * failure with its attempt counter (show it with `FailureMessage`), and busy cleared when the work ends.
 * `run(work)` resolves true when the work succeeded; `onFailed` runs after the failure is kept (to mark the
 * fields the server named, say). `onSubmit(work)` is the form's submit handler. `options` as `useFailure`'s.
 */
export function useSubmit(options?: { session?: boolean }) {
  const { failure, fail, clear } = useFailure(options);
  const [busy, setBusy] = useState(false);
  // The state is for rendering; the ref guards against a second submit before the re-render.
  const running = useRef(false);

  async function run(work: () => Promise<void>, onFailed?: (error: unknown) => void): Promise<boolean> {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    try {
      await work();
      return true;
    } catch (error) {
      fail(error);
      onFailed?.(error);
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }

  return {
    busy,
    failure,
    fail,
    clear,
    run,
    onSubmit: (work: () => Promise<void>) => (e: FormEvent) => {
      e.preventDefault();
      void run(work);
    },
  };
}
