import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';

/** Focus the element with this id after the next paint (when what had focus is gone or re-rendered). */
export function focusById(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/**
 * Focus an element after the next paint. Given a ref, the element is the one the ref holds then — the
 * button that re-rendered or came back, not the one that was there when the action started; given a
 * function, the element it finds then.
 */
export function focusLater(
  target: HTMLElement | null | undefined | RefObject<HTMLElement | null> | (() => HTMLElement | null | undefined),
) {
  requestAnimationFrame(() => {
    const element = typeof target === 'function' ? target() : target && 'current' in target ? target.current : target;
    element?.focus();
  });
}

/** Focus the first field of a form that was just opened by a button. */
export function useFocusFirst<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, []);
  return ref;
}
