// Password hashing with argon2id. Production uses OWASP's recommended cost (19 MiB, 2 passes);
// demo and test mode may use cheap parameters, since only synthetic demo logins have passwords there.
import { hash, verify } from '@node-rs/argon2';

export type HashCost = 'production' | 'cheap';

const costs = {
  production: { memoryCost: 19_456, timeCost: 2, parallelism: 1 },
  cheap: { memoryCost: 1_024, timeCost: 1, parallelism: 1 },
} as const;

/** @node-rs/argon2 defaults to argon2id; the test asserts the $argon2id$ prefix. */
export function hashPassword(password: string, cost: HashCost): Promise<string> {
  return hash(password, costs[cost]);
}

export function verifyPassword(stored: string, password: string): Promise<boolean> {
  return verify(stored, password);
}

// Verified against when the username is unknown, so that a miss costs about as much as a hit.
let dummy: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummy ??= hashPassword('ikke-et-ekte-passord', 'production');
  await verify(await dummy, password);
}
