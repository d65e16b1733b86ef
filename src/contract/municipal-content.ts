import { z } from 'zod';

// Beside municipal content (forms, ladders, measures, rule profiles, the minutes template, checklists):
// the written form it is shown in, and whether the reader reads English, so the page says the content is
// in Norwegian (issue 20 item 3, decision 179).
export const municipalContent = z.object({
  language: z.enum(['nb', 'nn']).describe('Målformen innholdet vises i'),
  inNorwegian: z.boolean().describe('Sant når brukeren leser engelsk: innholdet er ikke oversatt til engelsk'),
});
export type MunicipalContentDto = z.infer<typeof municipalContent>;
