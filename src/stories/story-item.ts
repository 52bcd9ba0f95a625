import { z } from 'zod';

/** One feed item as the clusterer reads it: what a feed says about an article, no body text. */
export const StoryItemSchema = z.object({
  id: z.string().min(1),
  outlet: z.string().default(''),
  title: z.string().default(''),
  description: z.string().default(''),
  link: z.string().default(''),
  /** ISO 8601 with an offset; items are assigned in this order. */
  published: z.iso.datetime({ offset: true }),
});

export type StoryItem = z.infer<typeof StoryItemSchema>;
