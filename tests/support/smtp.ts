// A real SMTP server on 127.0.0.1 for the e-mail tests (issue 18 item 2): it takes every message (or refuses
// them all while `failing` is set) and keeps what arrived, raw, with its Message-ID.
import { SMTPServer } from 'smtp-server';

export type Arrived = { to: string[]; messageId: string | null; subject: string | null; raw: string };

export type LocalSmtp = {
  port: number;
  arrived: Arrived[];
  /** While set, every recipient is refused with a temporary error (451). */
  failing: boolean;
  stop(): Promise<void>;
};

/** Listens on `port` (any free one by default; a journey passes one so the server's config can name it first). */
export async function startSmtp(port = 0): Promise<LocalSmtp> {
  const state: LocalSmtp = { port: 0, arrived: [], failing: false, stop: async () => {} };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (state.failing) {
        const err = Object.assign(new Error('Postkassen er midlertidig utilgjengelig'), { responseCode: 451 });
        return callback(err);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(raw)?.[1]?.trim() ?? null;
        state.arrived.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          messageId: header('Message-ID'),
          subject: header('Subject'),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.server.address();
  state.port = typeof address === 'object' && address ? address.port : 0;
  state.stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
