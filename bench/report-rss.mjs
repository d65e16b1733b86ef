// Preloaded (`node --import`) into the `naervaer evaluate` child of bench:evaluate: on exit it writes the
// process's peak resident memory (maxRSS, KB) to fd 3, which the benchmark opened as a pipe. The CLI
// itself is unchanged.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    writeSync(3, `${process.resourceUsage().maxRSS}\n`);
  } catch {
    // Not started by the benchmark: fd 3 is not ours to write.
  }
});
