// Stable systemIDs for the extract (decision 221): a UUID derived from a seed, so the same thing always gets the
// same id — the extract's own arkivenheter, and a document source's second document from one row (decision 225).
import { createHash } from 'node:crypto';

/** A stable UUID from a seed: the same extract's same thing always gets the same systemID. */
export function uuidFrom(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
