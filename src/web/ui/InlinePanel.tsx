import { useRef, useState } from 'react';
import { focusLater } from './focus';

/**
 * A panel that opens in place from a button: the button says whether it is open (`aria-expanded`),
 * and when the panel closes (cancel or done) focus goes back to the button, so a keyboard user is
 * where they were. Spread `triggerProps` on the button; render the panel when `open`.
 */
export function useInlinePanel<T extends HTMLElement = HTMLButtonElement>(initiallyOpen = false) {
  const [open, setOpen] = useState(initiallyOpen);
  const trigger = useRef<T>(null);
  const toggle = () => setOpen((o) => !o);
  return {
    open,
    setOpen,
    trigger,
    toggle,
    /** Close and hand focus back to the button that opened the panel. */
    close: () => {
      setOpen(false);
      focusLater(trigger.current);
    },
    triggerProps: { ref: trigger, 'aria-expanded': open, onClick: toggle },
  };
}
