import { z } from 'zod';
import { isoDate, isoDateTime } from './common';
import { serverTime } from './auth';

// POST /api/demo/clock (demo mode only, decision 100)
export const setDemoClockBody = z.object({
  to: z
    .union([isoDate, isoDateTime])
    .describe('Hvor demoklokken skal stå: en dato (kl. 08.00 norsk tid den dagen) eller et tidspunkt med tidssone'),
});
export type SetDemoClockBody = z.input<typeof setDemoClockBody>;
export const setDemoClockResponse = serverTime;
export type SetDemoClockResponse = z.infer<typeof setDemoClockResponse>;
