// What each operation writes, declared next to its handler: dispatch reports it, the shells push it to the renderer.
import type { Aggregate, CoreChange } from '../../shared/changes';
import type { OperationName, OperationOutput, ParsedInput } from '../../shared/contract';

export interface Writes<K extends OperationName> {
  readonly aggregates: readonly Aggregate[];
  /** The rows written, when they are known from the request and its answer; without it, any row may have changed. */
  readonly ids?: (input: ParsedInput<K>, output: OperationOutput<K>) => CoreChange['ids'];
}

/** Every operation's declaration: a missing one is a compile error, as a missing handler is. */
export type WriteTable = { [K in OperationName]: Writes<K> };

/** A read: nothing to report. */
export const reads = { aggregates: [] } as const;

/** Builds a change event for a successful call, or null when the operation writes nothing. */
export function changeOf<K extends OperationName>(
  declared: Writes<K>,
  input: ParsedInput<K>,
  output: OperationOutput<K>,
): CoreChange | null {
  if (declared.aggregates.length === 0) return null;
  return { aggregates: [...declared.aggregates], ids: declared.ids ? declared.ids(input, output) : {} };
}
