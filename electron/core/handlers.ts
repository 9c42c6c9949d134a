// Implements every contract operation from per-aggregate groups; the Handlers type makes a missing one a compile error.
import type { OperationName, OperationOutput, ParsedInput } from '../../shared/contract';
import type { HandlerContext } from './handlers/context';
import { experimentHandlers } from './handlers/experiments';
import { interchangeHandlers } from './handlers/interchange';
import { journalHandlers } from './handlers/journal';
import { reflectionHandlers } from './handlers/reflections';
import { securityHandlers } from './handlers/security';
import { strategyHandlers } from './handlers/strategy';
import { timelineHandlers } from './handlers/timeline';
import { strategyEvidenceHandlers } from './handlers/strategyEvidence';
import { trashHandlers } from './handlers/trash';

export type Handlers = {
  [K in OperationName]: (input: ParsedInput<K>) => OperationOutput<K> | Promise<OperationOutput<K>>;
};

export type { HandlerContext } from './handlers/context';

export function createHandlers(ctx: HandlerContext): Handlers {
  return {
    ...reflectionHandlers(ctx),
    ...experimentHandlers(ctx),
    ...strategyHandlers(ctx),
    ...journalHandlers(ctx),
    ...securityHandlers(ctx),
    ...timelineHandlers(ctx),
    ...interchangeHandlers(ctx),
    ...strategyEvidenceHandlers(ctx),
    ...trashHandlers(ctx),
  };
}
