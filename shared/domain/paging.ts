// Offset paging shared by the smaller lists (values, experiments, prompts, versions, search results).
import { z } from 'zod';

export const pageInputShape = {
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(1_000_000).default(0),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int().min(0) });
}

export const ratingSchema = z.number().int().min(1).max(5);
