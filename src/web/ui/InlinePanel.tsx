import { Button } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { focusLater } from './focus';

/**
 * A panel that opens in place from a button: the button says whether it is open (`aria-expanded`), and
 * when the panel closes (cancel, or done after `finish`) focus goes back to the button, so a keyboard user
 * is where they were. Spread `triggerProps` on the button; render the panel when `open`.
 */
export function useInlinePanel<T extends HTMLElement = HTMLButtonElement>() {
  const [open, setOpen] = useState(false);
  const trigger = useRef<T>(null);
  const toggle = () => setOpen((o) => !o);
  return {
    open,
    setOpen,
    trigger,
    toggle,
    triggerProps: { ref: trigger, 'aria-expanded': open, onClick: toggle },
    /** Close and hand focus back to the button that opened the panel. */
    close() {
      setOpen(false);
      focusLater(trigger.current);
    },
    /** Close, do what follows the panel's success (announce it, fetch again), then hand focus back. */
    async finish(after: () => Promise<void>) {
      setOpen(false);
      await after();
      focusLater(trigger.current);
    },
  };
}

export type InlinePanelControls = Pick<ReturnType<typeof useInlinePanel>, 'close' | 'finish'>;

/**
 * The common case of `useInlinePanel`: a small secondary button and, while open, what `children` renders
 * below it (usually a form given `onCancel={panel.close}` and `onDone={() => panel.finish(…)}`).
 * `highlightOpen` shows the button as primary while its panel is open.
 */
export function InlinePanel({
  label,
  children,
  highlightOpen = false,
}: {
  label: ReactNode;
  children(panel: InlinePanelControls): ReactNode;
  highlightOpen?: boolean;
}) {
  const panel = useInlinePanel();
  return (
    <>
      <Button {...panel.triggerProps} variant={highlightOpen && panel.open ? 'primary' : 'secondary'} data-size="sm">
        {label}
      </Button>
      {panel.open && children(panel)}
    </>
  );
}
