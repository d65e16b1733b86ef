// The one place that reads the environment. Everything else receives a validated Config.
import { z } from 'zod';
import { OIDC_SECRET_NAME } from '../contract/oidc';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  NAERVAER_DATA_DIR: z.string().default('./data'),
  NAERVAER_MODE: z.enum(['demo', 'production']).default('demo'),
  NAERVAER_NOW: z
    .string()
    .datetime({ offset: true })
    .or(z.string().regex(/^\d{4}-\d{2}-\d{2}$/))
    .optional(),
  NAERVAER_SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  NAERVAER_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  NAERVAER_UNUSED_ACCOUNT_DAYS: z.coerce.number().int().positive().default(180),
  NAERVAER_MAX_SESSIONS_PER_USER: z.coerce.number().int().min(1).max(1000).default(10),
  NAERVAER_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  NAERVAER_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  NAERVAER_PUBLIC_URL: z
    .string()
    .url()
    .refine((u) => /^https?:\/\//.test(u), 'må begynne med http:// eller https://')
    .optional(),
  NAERVAER_ID_HASH_KEY: z.string().min(32, 'må være minst 32 tegn (for eksempel openssl rand -base64 48)').optional(),
  NAERVAER_TEST_ALLOW_SYNTHETIC_IDS: z.enum(['0', '1']).optional(),
  NAERVAER_SMTP_HOST: z.string().min(1).optional(),
  NAERVAER_SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  NAERVAER_SMTP_TLS: z.enum(['starttls', 'tls', 'none']).default('starttls'),
  NAERVAER_SMTP_USER: z.string().min(1).optional(),
  NAERVAER_SMTP_PASSWORD: z.string().min(1).optional(),
  NAERVAER_MAIL_FROM: z.string().min(3).default('Nærvær <ikke-svar@naervaer.invalid>'),
  NAERVAER_SMS_URL: z
    .string()
    .url()
    .refine(
      (u) => u.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(u),
      'må begynne med https:// (http:// bare til 127.0.0.1 eller localhost)',
    )
    .optional(),
  NAERVAER_SMS_USER: z.string().min(1).optional(),
  NAERVAER_SMS_PASSWORD: z.string().min(1).optional(),
  NAERVAER_SMS_PLATFORM_ID: z.string().min(1).optional(),
  NAERVAER_SMS_PLATFORM_PARTNER_ID: z.string().min(1).optional(),
  NAERVAER_SMS_SENDER: z
    .string()
    .regex(/^[A-Za-z0-9]{1,11}$/, 'må være 1–11 bokstaver a–z eller sifre (avsendernavn på SMS), for eksempel Naervaer')
    .default('Naervaer'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  mode: 'demo' | 'production';
  /** Where the demo clock starts (NAERVAER_NOW, demo and test mode only); it runs on from there (decision 100). */
  clockStart: Date | undefined;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  /** Accounts without a login for this many days are listed for review. */
  unusedAccountDays: number;
  /** Live sessions a user may have at once; a new login ends the oldest beyond this. */
  maxSessionsPerUser: number;
  cookieSecure: 'auto' | boolean;
  trustProxy: boolean;
  /**
   * Where people reach Nærvær, for the one-time links: set for the command line; unset, the screens use the
   * address the request came to and the command line http://localhost:PORT.
   */
  publicUrl: string | undefined;
  logLevel: string;
  /**
   * The key of the national-id hash (HMAC-SHA-256) that ID-porten's pid is matched through (decision 084):
   * production has none until it is set (and ID-porten sign-in and storing hashes refuse); demo and test
   * mode use a fixed key that is no secret.
   */
  idHashKey: string | undefined;
  /**
   * The client secrets and private keys of OpenID providers, by the name of their environment variable
   * (NAERVAER_OIDC_*): a provider's configuration names the variable, never the secret.
   */
  oidcSecrets: ReadonlyMap<string, string>;
  /**
   * Synthetic national ids (month + 80) are accepted (decision 055): in demo mode, and in production mode
   * only inside a test run with NAERVAER_TEST_ALLOW_SYNTHETIC_IDS=1 (decision 097). Every caller that
   * checks a national id passes this, never `mode` itself.
   */
  allowSyntheticIds: boolean;
  /**
   * The SMTP server the e-mail notices go through (decision 126), or undefined: then no e-mail is sent and the
   * outbox keeps them waiting. `tls`: 'starttls' requires STARTTLS (port 587), 'tls' is TLS from the start
   * (465), 'none' is plain (a relay on the same host, or the tests' local server).
   */
  smtp:
    | {
        host: string;
        port: number;
        tls: 'starttls' | 'tls' | 'none';
        user: string | undefined;
        password: string | undefined;
        from: string;
      }
    | undefined;
  /**
   * The SMS gateway (decision 136), or undefined: then no SMS is written to the outbox at all. LINK Mobility's
   * REST API for SMS (POST JSON with basic auth, platformId and platformPartnerId); `sender` is the
   * alphanumeric sender every SMS shows, the same for every school (protected addresses, decision 134).
   */
  sms:
    | {
        url: string;
        user: string;
        password: string;
        platformId: string;
        platformPartnerId: string;
        sender: string;
      }
    | undefined;
};

/** The national-id hash key of demo and test mode: public, so production never uses it. */
export const DEMO_ID_HASH_KEY = 'naervaer-demo-nokkel-ikke-hemmelig-bare-for-demo-og-test';

export { OIDC_SECRET_NAME };

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Ugyldig konfigurasjon (se .env.example):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NAERVAER_NOW && e.NAERVAER_MODE === 'production') {
    throw new Error('Ugyldig konfigurasjon: NAERVAER_NOW kan bare brukes i demo- og testmodus, ikke i produksjon.');
  }
  // Decision 097: the test-only setting is honoured only in a process vitest runs (it sets VITEST in the
  // real environment, which a deployment's env file cannot reach through `env`); anywhere else it stops the start.
  const testRun = !!process.env.VITEST;
  if (e.NAERVAER_TEST_ALLOW_SYNTHETIC_IDS === '1' && !testRun) {
    throw new Error(
      'Ugyldig konfigurasjon: NAERVAER_TEST_ALLOW_SYNTHETIC_IDS er bare for Nærværs egne tester og kan ikke brukes i en installasjon.',
    );
  }
  if (e.NAERVAER_SMTP_USER && !e.NAERVAER_SMTP_PASSWORD)
    throw new Error('Ugyldig konfigurasjon: NAERVAER_SMTP_USER er satt, men NAERVAER_SMTP_PASSWORD mangler.');
  const smsParts = {
    NAERVAER_SMS_USER: e.NAERVAER_SMS_USER,
    NAERVAER_SMS_PASSWORD: e.NAERVAER_SMS_PASSWORD,
    NAERVAER_SMS_PLATFORM_ID: e.NAERVAER_SMS_PLATFORM_ID,
    NAERVAER_SMS_PLATFORM_PARTNER_ID: e.NAERVAER_SMS_PLATFORM_PARTNER_ID,
  };
  const smsMissing = Object.entries(smsParts)
    .filter(([, v]) => !v)
    .map(([k]) => k);
  if (e.NAERVAER_SMS_URL && smsMissing.length)
    throw new Error(`Ugyldig konfigurasjon: NAERVAER_SMS_URL er satt, men ${smsMissing.join(', ')} mangler.`);
  if (!e.NAERVAER_SMS_URL && smsMissing.length < Object.keys(smsParts).length)
    throw new Error('Ugyldig konfigurasjon: SMS-innstillingene er satt, men NAERVAER_SMS_URL mangler.');
  const oidcSecrets = new Map(
    Object.entries(env).filter((entry): entry is [string, string] => OIDC_SECRET_NAME.test(entry[0]) && !!entry[1]),
  );
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.NAERVAER_DATA_DIR,
    mode: e.NAERVAER_MODE,
    clockStart: e.NAERVAER_NOW ? parseNow(e.NAERVAER_NOW) : undefined,
    sessionIdleMs: e.NAERVAER_SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.NAERVAER_SESSION_ABSOLUTE_HOURS * 3_600_000,
    unusedAccountDays: e.NAERVAER_UNUSED_ACCOUNT_DAYS,
    maxSessionsPerUser: e.NAERVAER_MAX_SESSIONS_PER_USER,
    cookieSecure: e.NAERVAER_COOKIE_SECURE === 'auto' ? 'auto' : e.NAERVAER_COOKIE_SECURE === 'true',
    trustProxy: e.NAERVAER_TRUST_PROXY === 'true',
    publicUrl: e.NAERVAER_PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
    idHashKey: e.NAERVAER_ID_HASH_KEY ?? (e.NAERVAER_MODE === 'demo' ? DEMO_ID_HASH_KEY : undefined),
    oidcSecrets,
    allowSyntheticIds: e.NAERVAER_MODE === 'demo' || (e.NAERVAER_TEST_ALLOW_SYNTHETIC_IDS === '1' && testRun),
    smtp: e.NAERVAER_SMTP_HOST
      ? {
          host: e.NAERVAER_SMTP_HOST,
          port: e.NAERVAER_SMTP_PORT ?? (e.NAERVAER_SMTP_TLS === 'tls' ? 465 : 587),
          tls: e.NAERVAER_SMTP_TLS,
          user: e.NAERVAER_SMTP_USER,
          password: e.NAERVAER_SMTP_PASSWORD,
          from: e.NAERVAER_MAIL_FROM,
        }
      : undefined,
    sms: e.NAERVAER_SMS_URL
      ? {
          url: e.NAERVAER_SMS_URL,
          user: e.NAERVAER_SMS_USER!,
          password: e.NAERVAER_SMS_PASSWORD!,
          platformId: e.NAERVAER_SMS_PLATFORM_ID!,
          platformPartnerId: e.NAERVAER_SMS_PLATFORM_PARTNER_ID!,
          sender: e.NAERVAER_SMS_SENDER,
        }
      : undefined,
  };
}

/** NAERVAER_NOW and a demo clock jump: a date alone means 08:00 Norwegian winter time that day, a school morning. */
export function parseNow(value: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T08:00:00+01:00`) : new Date(value);
}
