// A «tilrettelegging» note as the teachers see it (decision 190): the note's id (plan and measure), its
// words, and the day's confirmations — who confirmed is not shown, only whether you did and how many did.
import { noteId, type ClassNote } from '../adaptations/class-notes';

export function presentAdaptationNote(
  note: Pick<ClassNote, 'planId' | 'measureId' | 'note'>,
  confirmations: readonly { confirmed_by: string }[],
  userId: string,
) {
  return {
    id: noteId(note),
    note: note.note,
    followedByMe: confirmations.some((c) => c.confirmed_by === userId),
    followedBy: new Set(confirmations.map((c) => c.confirmed_by)).size,
  };
}
