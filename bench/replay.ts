import type { CompiledCalendar } from '../src/domain/calendar/calendar';
import type { CompiledProfile } from '../src/domain/rules/engine';
import { Replayer } from '../src/domain/rules/episodes';
import type { EventStore } from '../src/domain/rules/event-store';

// The engine side of the benchmark: every episode of every rule for a range of pupils. Runs in the
// main thread or in a worker (one per core); the engine itself is single-threaded and pure.

/** Episodes of one rule, as columns. */
export class EpisodeColumns {
  pupil = new Int32Array(1024);
  start = new Int16Array(1024);
  end = new Int16Array(1024);
  length = 0;
  /** Pupils with at least one episode. */
  pupils = 0;
  private last = -1;

  add(p: number, s: number, e: number): void {
    if (this.length === this.pupil.length) {
      const n = this.length * 2;
      const pupil = new Int32Array(n);
      pupil.set(this.pupil);
      const start = new Int16Array(n);
      start.set(this.start);
      const end = new Int16Array(n);
      end.set(this.end);
      this.pupil = pupil;
      this.start = start;
      this.end = end;
    }
    this.pupil[this.length] = p;
    this.start[this.length] = s;
    this.end[this.length] = e;
    this.length++;
    if (p !== this.last) {
      this.pupils++;
      this.last = p;
    }
  }
}

/** Replays every event rule of every profile for pupils `[from, to)` over the whole school year. */
export function replayRange(
  profiles: readonly CompiledProfile[],
  calendar: CompiledCalendar,
  store: EventStore,
  from: number,
  to: number,
): EpisodeColumns[] {
  const replayers = profiles.map((p) => new Replayer(p));
  const found: EpisodeColumns[] = [];
  const emitters: { emit: (s: number, e: number) => void }[] = [];
  let current = 0;
  for (const p of profiles) {
    for (const _ of p.rules) {
      const ep = new EpisodeColumns();
      found.push(ep);
      emitters.push({ emit: (s, e) => ep.add(current, s, e) });
    }
  }
  const lastDay = calendar.days.length - 1;
  for (let pupil = from; pupil < to; pupil++) {
    current = pupil;
    let r = 0;
    for (let k = 0; k < profiles.length; k++) {
      const replayer = replayers[k]!;
      for (const rule of profiles[k]!.rules) replayer.replayRule(rule, store, pupil, 0, lastDay, emitters[r++]!.emit);
    }
  }
  return found;
}
