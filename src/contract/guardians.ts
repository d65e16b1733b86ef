import { z } from 'zod';

// GET /api/my-children
export const listMyChildrenResponse = z.object({
  children: z.array(
    z.object({
      id: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      className: z.string(),
      schoolName: z.string(),
    }),
  ),
});
export type ListMyChildrenResponse = z.infer<typeof listMyChildrenResponse>;
