// The keyed hash of a national id (decision 084): ID-porten names a guardian by the national id (`pid`),
// and Nærvær finds the guardian by this hash, so the lookup needs no national id in clear and a hash
// alone (in a dump, a log) cannot be reversed by trying all eleven-digit numbers without the key.
import { createHmac } from 'node:crypto';
import { AppError } from '../errors';

/** HMAC-SHA-256 (base64url) of an eleven-digit national id under `key` (NAERVAER_ID_HASH_KEY). */
export function nationalIdHash(nationalId: string, key: string | undefined): string {
  if (!key)
    throw new AppError(
      'internal',
      'NAERVAER_ID_HASH_KEY er ikke satt: fødselsnummer kan ikke kobles til ID-porten før nøkkelen er satt.',
    );
  const digits = nationalId.trim();
  if (!/^\d{11}$/.test(digits)) throw new AppError('validation', 'Et fødselsnummer har elleve sifre.');
  return createHmac('sha256', key).update(digits).digest('base64url');
}
