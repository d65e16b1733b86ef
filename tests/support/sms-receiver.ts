// A local HTTP receiver in place of the SMS provider (decision 136): it takes every POST (or answers 503 while
// `failing` is set) and keeps what arrived — the JSON body and the Authorization header — for the test to read.
import { createServer, type Server } from 'node:http';

export type ArrivedSms = { body: Record<string, unknown>; authorization: string | undefined; path: string };

export type LocalSmsGateway = {
  url: string;
  arrived: ArrivedSms[];
  /** While set, every request is answered 503 and nothing is kept. */
  failing: boolean;
  /** Requests answered 503. */
  refused: number;
  stop(): Promise<void>;
};

export async function startSmsReceiver(): Promise<LocalSmsGateway> {
  const state: LocalSmsGateway = { url: '', arrived: [], failing: false, refused: 0, stop: async () => {} };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (state.failing) {
        state.refused++;
        res.writeHead(503, { 'content-type': 'application/json' }).end('{"description":"Service unavailable"}');
        return;
      }
      state.arrived.push({
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
        authorization: req.headers.authorization,
        path: req.url ?? '',
      });
      res.writeHead(202, { 'content-type': 'application/json' }).end('{"messageId":"x","resultCode":1005}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  state.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/sms/send`;
  state.stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
