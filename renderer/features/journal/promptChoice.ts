// Choosing prompts: the visible ones grouped in the method's order, and a shuffle that never repeats the current one.
import { orderGroups } from '../../../shared/domain/promptGroups';
import type { Prompt } from '../../../shared/domain/prompts';

export function groupPrompts(prompts: readonly Prompt[]): { group: string; prompts: Prompt[] }[] {
  const visible = prompts.filter((prompt) => !prompt.hidden);
  return orderGroups(visible.map((prompt) => prompt.group)).map((group) => ({
    group,
    prompts: visible.filter((prompt) => prompt.group === group),
  }));
}

/** A different visible prompt from the same group (or any group when `group` is null); `random` is in [0, 1). */
export function shufflePrompt(prompts: readonly Prompt[], group: string | null, currentId: string | null, random: number): Prompt | null {
  const pool = prompts.filter((prompt) => !prompt.hidden && (group === null || prompt.group === group));
  const others = pool.length > 1 ? pool.filter((prompt) => prompt.id !== currentId) : pool;
  return others[Math.floor(random * others.length)] ?? null;
}
