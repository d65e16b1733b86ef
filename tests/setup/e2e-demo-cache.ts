// The browser journeys' demo municipality, migrated and seeded once per day and environment in a run: the
// first journey on a day dumps its fresh database here, the next journeys on that day start from the dump
// instead of migrating and seeding again (about eight seconds each). The folder is this run's own and is
// removed after it, so no journey can start from what an earlier version of the code seeded.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { e2eUnavailable } from '../e2e/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eDemoCache: string;
  }
}

export function setup(project: TestProject): () => void {
  // Once for the run, before any journey, when the journeys can run at all: they run in parallel and must not
  // build dist/web at the same time.
  if (!e2eUnavailable()) execFileSync(process.execPath, ['scripts/build-web-if-stale.mjs'], { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'naervaer-e2e-demo-'));
  project.provide('e2eDemoCache', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
