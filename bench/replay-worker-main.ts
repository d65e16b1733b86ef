import { parentPort, workerData } from 'node:worker_threads';
import { compileCalendar } from '../src/domain/calendar/calendar';
import type { SchoolCalendar } from '../src/domain/calendar/calendar';
import { compileProfile } from '../src/domain/rules/engine';
import type { EventStore } from '../src/domain/rules/event-store';
import type { Profile } from '../src/domain/rules/profile-schema';
import { replayRange } from './replay';

// Replays a slice of pupils on the shared (SharedArrayBuffer) event columns and sends back episodes.

const data = workerData as {
  calendar: SchoolCalendar;
  profiles: Profile[];
  store: EventStore;
  from: number;
  to: number;
};
const calendar = compileCalendar(data.calendar);
const profiles = data.profiles.map((p) => compileProfile(p, calendar));
parentPort!.on('message', () => {
  const t = performance.now();
  const found = replayRange(profiles, calendar, data.store, data.from, data.to);
  const result = found.map((f) => ({
    pupil: f.pupil.subarray(0, f.length),
    start: f.start.subarray(0, f.length),
    end: f.end.subarray(0, f.length),
    length: f.length,
    pupils: f.pupils,
  }));
  parentPort!.postMessage(
    { seconds: (performance.now() - t) / 1000, result },
    result.flatMap((r) => [r.pupil.buffer, r.start.buffer, r.end.buffer]),
  );
});
parentPort!.postMessage('ready');
