// The handler table's type, and how handler groups combine into it: an operation two groups both claim stops start-up.
import type { OperationName, OperationOutput, ParsedInput } from '../../shared/contract';

export type Handlers = {
  [K in OperationName]: (input: ParsedInput<K>) => OperationOutput<K> | Promise<OperationOutput<K>>;
};

type AllOf<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer All) => void ? All : never;

/**
 * One table from groups keyed by operation name, typed as all of them together, so assigning it to the full table
 * type still makes a missing operation a compile error. A spread would let the later of two groups silently win; a
 * name claimed twice is a wiring mistake, so it throws at start-up instead (as Actual's combine does).
 */
export function combineGroups<const Groups extends readonly object[]>(what: string, groups: Groups): AllOf<Groups[number]> {
  const table: Record<string, unknown> = {};
  for (const group of groups) {
    for (const [name, entry] of Object.entries(group)) {
      if (Object.hasOwn(table, name)) throw new Error(`Two ${what} groups both implement ${name}.`);
      table[name] = entry;
    }
  }
  return table as AllOf<Groups[number]>;
}
