// The typed client: one method per contract operation, resolving to its output or throwing an ApiError.
import {
  eventContract,
  operationNames,
  type EventName,
  type EventPayload,
  type OperationInput,
  type OperationName,
  type OperationOutput,
} from '../../shared/contract';
import { envelopeSchema, type ErrorCode } from '../../shared/errors';
import type { Transport } from './transport';

export class ApiError extends Error {
  readonly code: ErrorCode | 'TRANSPORT';

  constructor(code: ErrorCode | 'TRANSPORT', message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

export type Api = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<OperationOutput<K>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  readonly host: Transport['kind'];
};

export function createApi(transport: Transport): Api {
  const call = async (operation: OperationName, input: unknown): Promise<unknown> => {
    let raw: unknown;
    try {
      raw = await transport.invoke(operation, input);
    } catch (error) {
      throw new ApiError('TRANSPORT', `Cairn’s journal service did not answer (${error instanceof Error ? error.message : String(error)}).`);
    }
    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success) throw new ApiError('TRANSPORT', 'Cairn’s journal service sent an answer it could not read.');
    if (!envelope.data.ok) throw new ApiError(envelope.data.error.code, envelope.data.error.message);
    return envelope.data.value;
  };
  const methods = Object.fromEntries(
    operationNames.map((name) => [name, (input: unknown) => call(name, input)]),
  ) as unknown as Api;
  return Object.assign(methods, {
    host: transport.kind,
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      return transport.on(event, (payload) => {
        const parsed = eventContract[event].safeParse(payload);
        if (parsed.success) listener(parsed.data as EventPayload<E>);
      });
    },
  });
}
