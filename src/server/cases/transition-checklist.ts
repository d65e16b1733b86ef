// The shipped transition checklist (content/transitions), read and validated with the rest of the content.
import type { TransitionChecklist } from '../../domain/cases/transition-checklist';
import { content } from '../content/load-content';

export function schoolChangeChecklist(): TransitionChecklist {
  return content().transitions.schoolChange;
}
