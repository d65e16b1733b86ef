// The browser journeys' demo municipality, migrated and seeded once per day and environment in a run: the
// first journey on a day dumps its fresh database here, the next journeys on that day start from the dump
// instead of migrating and seeding again (about eight seconds each). The folder is this run's own and is
// removed after it, so no journey can start from what an earlier version of the code seeded.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eDemoCache: string;
  }
}

export function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'naervaer-e2e-demo-'));
  project.provide('e2eDemoCache', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
