#!/usr/bin/env node
// Benchmarks, run through tsx like the `naervaer` command: `node bin/naervaer-bench.js rules|evaluate|api …`,
// `node bin/naervaer-bench.js upload-bombs` (the XLSX zip bombs against the demo on PGlite), `roster` (the roster sync of a city),
// `oversight` (the owner's overview, the weekly review and the what-if on a city).
import { register } from 'tsx/esm/api';

register();
const [name, ...rest] = process.argv.slice(2);
if (name === 'rules') {
  const { runRulesBenchmark } = await import('../bench/rules.ts');
  process.exitCode = await runRulesBenchmark(rest);
} else if (name === 'evaluate') {
  const { runEvaluateBenchmark } = await import('../bench/evaluate.ts');
  process.exitCode = await runEvaluateBenchmark(rest);
} else if (name === 'api') {
  const { runApiBenchmark } = await import('../bench/api.ts');
  process.exitCode = await runApiBenchmark(rest);
} else if (name === 'upload-bombs') {
  const { runUploadBombBenchmark } = await import('../bench/upload-bomb.ts');
  process.exitCode = await runUploadBombBenchmark(rest);
} else if (name === 'roster') {
  const { runRosterBenchmark } = await import('../bench/roster.ts');
  process.exitCode = await runRosterBenchmark(rest);
} else if (name === 'oversight') {
  const { runOversightBenchmark } = await import('../bench/oversight.ts');
  process.exitCode = await runOversightBenchmark(rest);
} else {
  console.error(
    `Ukjent benchmark «${name ?? ''}». Bruk: naervaer-bench rules|evaluate|api|upload-bombs|roster|oversight [--help]`,
  );
  process.exitCode = 2;
}
