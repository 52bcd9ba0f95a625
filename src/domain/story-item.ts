import { z } from 'zod';

/** One feed item as story clustering reads it: what a feed says about an article, no body text. */
export const StoryItemSchema = z.object({
  id: z.string().min(1),
  outlet: z.string().default(''),
  title: z.string().default(''),
  description: z.string().default(''),
  link: z.string().default(''),
  /** ISO 8601 with an offset; items are assigned to stories in this order. */
  published: z.iso.datetime({ offset: true }),
});

export type StoryItem = z.infer<typeof StoryItemSchema>;

/** Where an item went and why (the clusterer's reason, or the editor correction that moved it). */
export interface StoryAssignment {
  id: string;
  story: string;
  reason: Record<string, unknown>;
}

/**
 * An editor's correction, kept by the store and applied after every re-clustering, so it sticks.
 * Stories are named by items (their anchors), not by story ids, since re-clustering may renumber.
 * - merge: the stories holding `items[1..]` join the story holding `items[0]`;
 * - split: `items` leave their story and form one of their own.
 */
export interface StoryCorrection {
  kind: 'merge' | 'split';
  items: string[];
}
