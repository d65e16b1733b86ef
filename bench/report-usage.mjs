// Preloaded (`node --import`) into the `naervaer evaluate` child of bench:evaluate: on exit it writes the
// process's resource use as JSON to fd 3, which the benchmark opened as a pipe — peak resident memory
// (maxRSS, KB) and CPU time (µs). CPU time is the fair figure on a shared machine, where wall time also
// counts the time other processes had the cores. The CLI itself is unchanged.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    const u = process.resourceUsage();
    writeSync(3, `${JSON.stringify({ maxRSS: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime })}\n`);
  } catch {
    // Not started by the benchmark: fd 3 is not ours to write.
  }
});
