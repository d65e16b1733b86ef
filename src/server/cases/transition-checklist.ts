// The shipped transition checklist (content/transitions), read and validated once.
import { readFileSync } from 'node:fs';
import { parseTransitionChecklist, type TransitionChecklist } from '../../domain/cases/transition-checklist';

let cached: TransitionChecklist | undefined;

export function schoolChangeChecklist(): TransitionChecklist {
  if (cached) return cached;
  const file = new URL('../../../content/transitions/skolebytte.json', import.meta.url);
  const parsed = parseTransitionChecklist(JSON.parse(readFileSync(file, 'utf8')), 'skolebytte.json');
  if (!parsed.ok) throw new Error(`Overgangssjekklisten er ugyldig:\n${parsed.errors.join('\n')}`);
  cached = parsed.checklist;
  return cached;
}
