// Login attempts per client address in a sliding minute, in memory: one server process serves one
// installation. Per-account lockout (in the database) stops slow guessing across addresses.
import { AppError } from '../errors';

export const MAX_ATTEMPTS_PER_MINUTE = 10;

export class LoginRateLimiter {
  private readonly attempts = new Map<string, number[]>();

  /** Refuses when the limit is reached, else counts this attempt. */
  check(key: string, now: Date): void {
    this.refuseIfLimited(key, now);
    this.record(key, now);
  }

  /** Refuses when the limit is reached, without counting (the TOTP step counts only its failures). */
  refuseIfLimited(key: string, now: Date): void {
    const t = now.getTime();
    const recent = (this.attempts.get(key) ?? []).filter((at) => t - at < 60_000);
    this.attempts.set(key, recent);
    if (recent.length >= MAX_ATTEMPTS_PER_MINUTE) {
      throw new AppError('rate_limited', 'For mange innloggingsforsøk fra denne maskinen. Vent ett minutt og prøv igjen.');
    }
  }

  record(key: string, now: Date): void {
    const t = now.getTime();
    this.attempts.set(key, [...(this.attempts.get(key) ?? []), t]);
    if (this.attempts.size > 10_000) this.prune(t);
  }

  private prune(t: number): void {
    for (const [key, times] of this.attempts) if (times.every((at) => t - at >= 60_000)) this.attempts.delete(key);
  }
}
