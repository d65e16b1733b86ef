import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { ApiError } from '../api';

/** The server's Norwegian message when there is one, else the fallback. */
export function errorMessage(error: unknown, fallback: string): string {
  return error instanceof ApiError ? error.message : fallback;
}

/** An error the user must hear about now: role="alert" makes screen readers announce it on appearance. */
export function ErrorAlert({ children }: { children: ReactNode }) {
  return (
    <Alert data-color="danger" role="alert" className="error-alert">
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}
