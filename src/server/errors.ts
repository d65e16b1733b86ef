// One error type for the whole server. Codes are mapped to HTTP status once, at the edge (http-status below).
export type ErrorCode =
  | 'validation'
  // Well-formed, but refused by a rule of the domain (an undring without a basis of consent, decision 196).
  | 'unprocessable'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'locked'
  | 'rate_limited'
  | 'csrf'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unavailable'
  | 'internal';

const status: Record<ErrorCode, number> = {
  validation: 400,
  unprocessable: 422,
  unauthenticated: 401,
  csrf: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  locked: 423,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

/**
 * `message` is shown to users: written in Norwegian bokmål where the error arises, saying what is wrong and
 * what to do, and translated at the edge into the reader's language (src/server/messages, decision 199) —
 * with the texts in `details` (field messages, an import's line problems). A new message needs its nynorsk
 * and English in src/server/messages/{nn,en}.ts: `node scripts/missing-server-messages.mjs` lists them.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get httpStatus(): number {
    return status[this.code];
  }
}

export const conflictMessage =
  'Noen andre har endret dette siden du åpnet det. Last siden på nytt for å se den nyeste versjonen, og gjør endringen din igjen.';

/** The answer while the database cannot be reached (decision 070). */
export const unavailableMessage = 'Databasen er ikke tilgjengelig akkurat nå. Prøv igjen om litt.';

/** The answer when every database connection is busy (overload, not an outage). */
export const busyMessage = 'Nærvær har svært mange forespørsler akkurat nå. Prøv igjen om noen sekunder.';
