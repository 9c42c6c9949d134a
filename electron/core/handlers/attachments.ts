// Handlers for attachments: add a photo or file (kept once by its SHA-256), and read one back for the page to show.
import type { Handlers } from '../handlerTable';
import type { HandlerContext } from './context';
import { reads, type WriteTable } from '../writes';

export function attachmentHandlers({ journal }: HandlerContext) {
  return {
    'attachments.add': ({ name, base64 }) => journal.repos().attachments.add(name, Buffer.from(base64, 'base64')),
    'attachments.get': ({ sha256 }) => {
      const { bytes, createdAt: _createdAt, ...attachment } = journal.repos().attachments.get(sha256);
      return { ...attachment, base64: bytes.toString('base64') };
    },
  } satisfies Partial<Handlers>;
}

export const attachmentWrites = {
  'attachments.add': { aggregates: ['attachments'], ids: (_input, output) => ({ attachments: [output.sha256] }) },
  'attachments.get': reads,
} satisfies Partial<WriteTable>;
