// xmllint --schema on a file's text (Debian's libxml2-utils; see archiveToolsMissing in ./pdfa.ts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const SCHEMAS = join(import.meta.dirname, '../../standards/noark5-v5.0');

/** The schema's complaints about the XML text, empty when it validates. */
export function schemaProblems(xml: string, schema: string): string[] {
  const run = spawnSync('xmllint', ['--noout', '--schema', join(SCHEMAS, schema), '-'], {
    input: xml,
    encoding: 'utf8',
  });
  if (run.status === 0) return [];
  return run.stderr
    .split('\n')
    .filter((l) => l && !/validates$/.test(l))
    .slice(0, 20);
}
