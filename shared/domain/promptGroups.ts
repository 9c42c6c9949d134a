// The prompt library's groups, in the order of the career-strategy method, so every view lists them the same way.
export const promptGroups = [
  'Aspiration',
  'Strengths and impact',
  'Values as verbs',
  'Energy and engagement',
  'Networking and conversations',
  'Experiments',
  'Weekly and quarterly review',
] as const;
export type PromptGroup = (typeof promptGroups)[number];

/** Groups in method order first, then any the person invented, alphabetically. */
export function orderGroups(names: Iterable<string>): string[] {
  const known = new Set<string>(promptGroups);
  const unique = [...new Set(names)];
  const custom = unique.filter((name) => !known.has(name)).sort((a, b) => a.localeCompare(b));
  return [...promptGroups.filter((group) => unique.includes(group)), ...custom];
}
