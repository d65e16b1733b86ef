import { useEffect, useRef } from 'react';

/** Focus the element with this id after the next paint (when what had focus is gone or re-rendered). */
export function focusById(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** Focus an element after the next paint. */
export function focusLater(element: HTMLElement | null | undefined) {
  requestAnimationFrame(() => element?.focus());
}

/** Focus the first field of a form that was just opened by a button. */
export function useFocusFirst<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, []);
  return ref;
}
