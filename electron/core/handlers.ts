// Implements every contract operation; the Handlers type makes a missing one a compile error.
import type { AppInfo, OperationName, OperationOutput, ParsedInput } from '../../shared/contract';
import type { ReflectionsRepo } from './repos/reflectionsRepo';

export type Handlers = {
  [K in OperationName]: (input: ParsedInput<K>) => OperationOutput<K> | Promise<OperationOutput<K>>;
};

export interface HandlerContext {
  reflections: ReflectionsRepo;
  info: () => AppInfo;
}

export function createHandlers(ctx: HandlerContext): Handlers {
  return {
    'app.info': () => ctx.info(),
    'reflections.list': ({ limit, cursor }) => ctx.reflections.listNewestFirst(limit, cursor),
    'reflections.get': ({ id }) => ctx.reflections.get(id),
    'reflections.create': (draft) => ctx.reflections.create(draft),
    'reflections.update': (patch) => ctx.reflections.update(patch),
    'reflections.delete': ({ id }) => {
      ctx.reflections.remove(id);
      return { deleted: true };
    },
  };
}
