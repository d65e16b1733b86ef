import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { createContext, useCallback, useContext, useState } from 'react';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../absence';
import { ApiError } from '../api';
import { useAuth } from '../auth';
import { ErrorAlert, errorMessage } from './ErrorAlert';
// The field labels live in the core texts (app.json): importing the whole set would pull every screen's texts
// into the first script (decision 110).
import app from '../i18n/nb/app.json';

// The feedback every screen gives in the same way: a section with its heading, the polite notice of
// what an action did, the last failure (announced again when it repeats) with the fields the server
// named, and after a 409 version conflict a button that fetches the newest version.

/**
 * A titled part of a page. `focusable`: the heading takes focus (not in the tab order) when what had it
 * is gone after an action. `named={false}` when a scroll region inside already carries the heading as its
 * name (no two landmarks alike).
 */
export function Section({
  id,
  heading,
  children,
  focusable = false,
  named = true,
}: {
  id: string;
  heading: ReactNode;
  children: ReactNode;
  focusable?: boolean;
  named?: boolean;
}) {
  return (
    <section aria-labelledby={named ? id : undefined} className="home-section">
      <Heading level={2} data-size="sm" id={id} tabIndex={focusable ? -1 : undefined}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}

export type Notice = { id: number; text: string } | null;

/** What an action did; each call is a new notice (its own id), so the same text is read again. */
export function useNotice(): [Notice, (text: string) => void] {
  const [notice, setNotice] = useState<Notice>(null);
  return [notice, (text) => setNotice((previous) => ({ id: (previous?.id ?? 0) + 1, text }))];
}

/** The notice, read politely. `alertId` makes the notice itself a focus target (not in the tab order). */
export function NoticeRegion({
  notice,
  className,
  alertId,
  alertClassName,
}: {
  notice: Notice;
  className?: string;
  alertId?: string;
  alertClassName?: string;
}) {
  return (
    <div aria-live="polite" aria-atomic="true" className={className}>
      {notice && (
        <Alert
          data-color="success"
          key={notice.id}
          id={alertId}
          tabIndex={alertId ? -1 : undefined}
          className={alertClassName}
        >
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}
    </div>
  );
}

export type Failure = { error: unknown; attempt: number } | null;

/**
 * Keeps the last error with a counter, so the same message announced twice is announced again. A 401 ends
 * the session on screen, except where there is none to end (`{ session: false }`: log-in, setting a password,
 * where a 401 means a wrong password or code).
 */
export function useFailure({ session = true }: { session?: boolean } = {}) {
  const { handleApiError } = useAuth();
  const [failure, setFailure] = useState<Failure>(null);
  // Stable across renders, so effects that report through them need not run again.
  const clear = useCallback(() => setFailure(null), []);
  const fail = useCallback(
    (error: unknown) => {
      if (session) handleApiError(error);
      setFailure((previous) => ({ error, attempt: (previous?.attempt ?? 0) + 1 }));
    },
    [handleApiError, session],
  );
  return { failure, clear, fail };
}

/** The server's message (or the fallback), the fields it named, and after a 409 the reload button. */
export function FailureMessage({ failure, fallback }: { failure: Failure; fallback: string }) {
  if (!failure) return null;
  return (
    <div key={failure.attempt}>
      <ErrorAlert>{errorMessage(failure.error, fallback)}</ErrorAlert>
      <ServerFieldErrors error={failure.error} />
      <ConflictHint error={failure.error} />
    </div>
  );
}

type FieldName = keyof typeof app.fields;
const isFieldName = (name: string): name is FieldName => Object.hasOwn(app.fields, name);

/**
 * The Norwegian label of a field the server named: its path's last name (`measures.0.text` → «Tekst (rad 1)»),
 * from the form's own `labels` first, then the app's field names. Null when there is none: then the message
 * stands alone, never the contract's name for the field.
 */
export function fieldLabel(path: string, t: TFunction, labels: Record<string, string> = {}): string | null {
  if (labels[path]) return labels[path];
  const parts = path.split('.').filter(Boolean);
  const names = parts.filter((p) => !/^\d+$/.test(p));
  const index = parts.findLast((p) => /^\d+$/.test(p));
  const name = names.at(-1);
  if (!name) return null;
  const label = labels[name] ?? (isFieldName(name) ? t(`fields.${name}`) : null);
  if (!label) return null;
  return index === undefined ? label : t('fieldRow', { label, row: Number(index) + 1 });
}

/** The server's message plus each field it named, by the field's label, as a list the user can read. */
export function ServerFieldErrors({ error, labels }: { error: unknown; labels?: Record<string, string> }) {
  const { t } = useTranslation();
  const fields = fieldErrors(error);
  if (fields.length === 0) return null;
  return (
    <ul className="field-errors">
      {fields.map((f, i) => {
        const label = f.field ? fieldLabel(f.field, t, labels) : null;
        return <li key={i}>{label ? `${label}: ${f.message}` : f.message}</li>;
      })}
    </ul>
  );
}

/** How a page fetches its data again without unmounting (the pupil and case pages provide it). */
export const ReloadContext = createContext<(() => void) | null>(null);

/** After a 409 the user needs the newest version: one button fetches it, then they redo their change. */
export function ConflictHint({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const reload = useContext(ReloadContext);
  if (!(error instanceof ApiError && error.status === 409) || !reload) return null;
  return (
    <Button variant="secondary" data-size="sm" onClick={reload} className="conflict-reload">
      {t('common.reloadNewest')}
    </Button>
  );
}
