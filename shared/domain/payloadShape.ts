// Limits on the shape of any request, checked without recursion so that a hostile nesting depth cannot overflow the stack.

/** Far deeper than any operation's input; a layout, the only free-form field, is held to less (see strategy.ts). */
export const MAX_PAYLOAD_DEPTH = 64;
/** Objects, arrays and their members together; text travels as strings, which count once however long. */
export const MAX_PAYLOAD_NODES = 1_000_000;

/** What is wrong with the shape of `value`, or null when it is within both limits. */
export function payloadShapeProblem(value: unknown, maxDepth = MAX_PAYLOAD_DEPTH, maxNodes = MAX_PAYLOAD_NODES): string | null {
  const pending: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, depth] = next;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= maxDepth) return `nested more than ${maxDepth} levels deep`;
    const members: unknown[] = Array.isArray(item) ? item : Object.values(item);
    nodes += members.length + 1;
    if (nodes > maxNodes) return `more than ${maxNodes.toLocaleString('en')} values`;
    for (const member of members) pending.push([member, depth + 1]);
  }
  return null;
}
