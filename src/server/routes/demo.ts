import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../contract/common';
import { setDemoClockBody, setDemoClockResponse } from '../../contract/demo';
import { isMovable, osloDate, type Clock } from '../clock';
import { parseNow, type Config } from '../config';
import { authErrors } from './schemas';
import { actorOf, type RouteDeps } from './deps';
import { shiftSessionWithClock } from '../auth/sessions';

/** Whether this server lets an administrator jump its clock: demo mode on a clock that can move. */
export function demoClockMovable(config: Config, clock: Clock): boolean {
  return config.mode === 'demo' && isMovable(clock);
}

/** The server's time as the web app reads it (decision 101). */
export function serverTimeOf(config: Config, clock: Clock) {
  const now = clock.now();
  return { now: now.toISOString(), today: osloDate(now), demoClock: demoClockMovable(config, clock) };
}

// The demo clock (decision 100): NAERVAER_NOW sets where it starts and it runs on with real time; an
// administrator may jump it to show the weeks of a case in minutes. The route does not exist in
// production (the clock there is real time and cannot move).
export const demoRoutes =
  ({ config, db, clock }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    if (!demoClockMovable(config, clock) || !isMovable(clock)) return;
    app.post(
      '/api/demo/clock',
      {
        config: { action: 'demo.clock' },
        schema: {
          summary: 'Flytt demoklokken (bare i demomodus)',
          description:
            'Setter hvor demoklokken står; den går videre i sanntid derfra. Finnes ikke i produksjon. Gjelder hele demotjeneren.',
          tags: ['drift'],
          body: setDemoClockBody,
          response: { 200: setDemoClockResponse, 400: errorBody, ...authErrors },
        },
      },
      async (request) => {
        const to = parseNow(request.body.to);
        const jumpMs = to.getTime() - clock.now().getTime();
        clock.set(to);
        await shiftSessionWithClock(db, actorOf(request), jumpMs);
        request.log.info({ to: to.toISOString() }, 'demoklokken er flyttet');
        return serverTimeOf(config, clock);
      },
    );
  };
