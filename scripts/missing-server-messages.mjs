#!/usr/bin/env node
// The server's messages that have no nynorsk or English yet (decision 199), as lines to paste into
// src/server/messages/nn.ts and en.ts and fill in; and the entries no message matches any more, to delete.
// Run after merging code with new AppError messages: `node scripts/missing-server-messages.mjs`.
// Exit code 1 when something is missing or stale (as tests/mirrors/server-messages.test.ts fails).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { TRANSLATED, asCatalogueLines, reportFor, uniqueMessages } = await import('./missing-messages-report.ts');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const found = uniqueMessages(root);
let problems = 0;
for (const language of TRANSLATED) {
  const report = reportFor(root, language, found);
  const file = `src/server/messages/${language}.ts`;
  if (report.missing.length) {
    console.log(`\n// ${report.missing.length} missing in ${file}:\n${asCatalogueLines(report.missing)}`);
  }
  if (report.stale.length)
    console.log(
      `\n// Stale in ${file} (no message matches; delete):\n${report.stale.map((s) => `//   ${s}`).join('\n')}`,
    );
  for (const m of report.placeholderMismatch) console.log(`// Placeholders differ in ${file}: ${m}`);
  for (const z of report.staleZod) console.log(`// Not in zod's Norwegian locale any more (${file}): ${z}`);
  problems += report.missing.length + report.stale.length + report.placeholderMismatch.length + report.staleZod.length;
}
if (!problems) console.log(`All ${found.length} server messages have nynorsk and English.`);
process.exitCode = problems ? 1 : 0;
