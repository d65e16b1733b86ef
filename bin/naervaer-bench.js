#!/usr/bin/env node
// Benchmarks, run through tsx like the `naervaer` command: `node bin/naervaer-bench.js rules --pupils N`.
import { register } from 'tsx/esm/api';

register();
const [name, ...rest] = process.argv.slice(2);
if (name !== 'rules') {
  console.error(`Ukjent benchmark «${name ?? ''}». Bruk: naervaer-bench rules [--pupils N] [--seed S]`);
  process.exitCode = 2;
} else {
  const { runRulesBenchmark } = await import('../bench/rules.ts');
  process.exitCode = await runRulesBenchmark(rest);
}
