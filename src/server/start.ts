// Starting and stopping the whole service: database, migrations, demo data, HTTP.
import type { FastifyInstance } from 'fastify';
import { createDb, type Db } from '../db/create-db';
import { seedDemo } from './demo/seed';
import { migrate } from '../db/migrate';
import { buildApp } from './app';
import { loadContent } from './content/load-content';
import { prepareXlsxWorker, stopXlsxWorkers } from './import/read-events-file';
import { startAuditSealer } from './audit/seal';
import { smtpTransport, startMailWorker } from './inbox/mail-worker';
import { startReminders } from './inbox/reminders';
import { linkMobilityGateway, startSmsWorker } from './inbox/sms-worker';
import { osloDate, serverClocks, type Clock, type TimeSource } from './clock';
import type { Config } from './config';

/** How often the server seals the audit rows that have committed. */
export const AUDIT_SEAL_INTERVAL_MS = 1_000;
/** How often the mail worker looks for e-mail to send (decision 126). */
export const MAIL_INTERVAL_MS = 5_000;
/** How often the inbox's time-driven items (due tomorrow, overdue, after the school day) are looked for. */
export const REMINDER_INTERVAL_MS = 60_000;

export type Running = { app: FastifyInstance; db: Db; clock: Clock; url: string; stop(): Promise<void> };

export function openDb(config: Config, log?: (line: string) => void, loadDataDir?: Blob): Promise<Db> {
  return createDb({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    loadDataDir,
    // A lost connection is not fatal: requests get 503 until the pool has reconnected (decision 070).
    onConnectionChange:
      log &&
      ((change) =>
        log(
          change.state === 'lost'
            ? `Mistet forbindelsen til databasen (${change.reason}). Forespørsler får 503 til den er tilbake; Nærvær kobler til igjen av seg selv.`
            : 'Forbindelsen til databasen er tilbake.',
        )),
  });
}

export type StartOptions = {
  /** Real time; a test injects its own to let real time pass without waiting. */
  time?: TimeSource;
  /** A clock of the caller's own instead of the one NAERVAER_NOW starts: a test that needs a frozen day. */
  clock?: Clock;
  /** PGlite only: start from this dumped data directory (the browser journeys' demo, seeded once per day). */
  loadDataDir?: Blob;
  /** Called once the database is migrated and seeded, before anything else runs on it (a test dumps it here). */
  onReady?: (db: Db) => Promise<void>;
};

export async function startServer(
  config: Config,
  log: (line: string) => void = console.log,
  options: StartOptions = {},
): Promise<Running> {
  // The demo clock starts at NAERVAER_NOW and runs on with real time; the login limit runs on real time.
  const clocks = serverClocks(config.clockStart, options.time);
  const clock = options.clock ?? clocks.clock;
  // The content first: an invalid file stops the start before the database is touched, naming file and field.
  const content = loadContent();
  const db = await openDb(config, log, options.loadDataDir);
  const applied = await migrate(db);
  if (applied.length) log(`Databasen er oppdatert (${applied.join(', ')}).`);
  if (config.mode === 'demo') {
    const seeded = await seedDemo(db, content, osloDate(clock.now()), config.idHashKey);
    if (seeded.created)
      log(`Demodata laget: ${seeded.kommuner.map((k) => `${k.name} (${k.pupils} elever)`).join(', ')}.`);
  }
  await options.onReady?.(db);
  const app = await buildApp({ config, db, clock, wallClock: clocks.wallClock, content });
  // Audit rows are written unsealed; the sealer chains them within about a second (decision 050).
  const sealer = startAuditSealer(db, AUDIT_SEAL_INTERVAL_MS, log);
  const address = await app.listen({ port: config.port, host: config.host });
  // Due tomorrow, overdue, not handled by the end of the school day: on the app clock (decision 124).
  // … and the same-day notice to guardians, with SMS rows only when an SMS gateway is configured (decisions 134, 136).
  const reminders = startReminders(db, clock, REMINDER_INTERVAL_MS, log, {
    settings: content.settings,
    sms: !!config.sms,
    content,
  });
  const baseUrl = config.publicUrl ?? `http://localhost:${new URL(address).port}`;
  // The outbox is sent only when an SMTP server is configured; otherwise the notices wait in it (decision 126).
  const mailer =
    config.smtp &&
    startMailWorker(db, smtpTransport(config.smtp), {
      clock,
      from: config.smtp.from,
      baseUrl,
      intervalMs: MAIL_INTERVAL_MS,
      log,
    });
  const texter =
    config.sms &&
    startSmsWorker(db, linkMobilityGateway(config.sms), { clock, baseUrl, intervalMs: MAIL_INTERVAL_MS, log });
  // The XLSX reader's worker thread loads ahead of the first upload (decision 073).
  prepareXlsxWorker();
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await app.close();
      await reminders.stop();
      await mailer?.stop();
      await texter?.stop();
      await stopXlsxWorkers();
      await sealer.stop();
      await db.close();
    })());
  return { app, db, clock, url: address, stop };
}
