// The typed client: one method per contract operation, resolving to its output or throwing an ApiError.
import type { OperationInput, OperationName, OperationOutput } from '../../shared/contract';
import { savedExportSchema, type SaveExportRequest } from '../../shared/desktopExport';
import { chosenFolderSchema, type ChooseFolderRequest } from '../../shared/desktopFolder';
import { envelopeSchema, type ErrorCode } from '../../shared/errors';
import { eventContract, type EventName, type EventPayload } from '../../shared/events';
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
  /** Answers the desktop shell's `app:flush` request once every saver has flushed. */
  flushed(requestId: number): void;
  /** Desktop only: saves an export through native dialogs, resolving to its path (null if cancelled); null elsewhere. */
  readonly saveNatively: ((request: SaveExportRequest) => Promise<string | null>) | null;
  /** Desktop only: chooses a folder through a native dialog, resolving to its path (null if cancelled); null elsewhere. */
  readonly chooseFolderNatively: ((request: ChooseFolderRequest) => Promise<string | null>) | null;
};

export function createApi(transport: Transport): Api {
  const answer = async (send: () => Promise<unknown>): Promise<unknown> => {
    let raw: unknown;
    try {
      raw = await send();
    } catch (error) {
      throw new ApiError('TRANSPORT', `Cairn’s journal service did not answer (${error instanceof Error ? error.message : String(error)}).`);
    }
    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success) throw new ApiError('TRANSPORT', 'Cairn’s journal service sent an answer it could not read.');
    if (!envelope.data.ok) throw new ApiError(envelope.data.error.code, envelope.data.error.message);
    return envelope.data.value;
  };
  const call = (operation: OperationName, input: unknown) => answer(() => transport.invoke(operation, input));
  const saveExport = transport.saveExport;
  const chooseFolder = transport.chooseFolder;
  const fixed = {
    host: transport.kind,
    flushed: (requestId: number) => transport.flushed(requestId),
    saveNatively: saveExport
      ? async (request: SaveExportRequest) => {
          const saved = savedExportSchema.safeParse(await answer(() => saveExport(request)));
          if (!saved.success) throw new ApiError('TRANSPORT', 'Cairn’s desktop shell sent an answer it could not read.');
          return saved.data.path;
        }
      : null,
    chooseFolderNatively: chooseFolder
      ? async (request: ChooseFolderRequest) => {
          const chosen = chosenFolderSchema.safeParse(await answer(() => chooseFolder(request)));
          if (!chosen.success) throw new ApiError('TRANSPORT', 'Cairn’s desktop shell sent an answer it could not read.');
          return chosen.data.path;
        }
      : null,
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      return transport.on(event, (payload) => {
        const parsed = eventContract[event].safeParse(payload);
        if (parsed.success) listener(parsed.data as EventPayload<E>);
      });
    },
  };
  // Every dotted name ('reflections.list') is an operation, sent as it is: the host (and the preload's allow-list in the
  // desktop app) refuses names outside the contract, so the renderer need not load every operation's schemas to start.
  // Other names, such as `then`, stay undefined so the client is never mistaken for a promise.
  return new Proxy(fixed, {
    get(target, name) {
      if (Object.hasOwn(target, name)) return target[name as keyof typeof target];
      return typeof name === 'string' && name.includes('.') ? (input: unknown) => call(name as OperationName, input) : undefined;
    },
  }) as unknown as Api;
}
