// Turns files a person pasted, dropped or picked into attachment links: each checked against the limit before it
// travels, added through the core, and described in one message when some could not be attached.
import { attachmentMarkdown, attachmentSizeProblem, type Attachment } from '../../../shared/domain/attachments';
import { bytesToBase64 } from '../interchange/importFiles';

export interface FileToAttach {
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

export interface AttachOutcome {
  /** The links to insert, one per line; empty when none could be attached. */
  markdown: string;
  /** Why each file left out was left out, to show the person. */
  problems: string[];
}

type Add = (name: string, base64: string) => Promise<Attachment>;

/** A pasted screenshot often has no useful name; the link still needs one. */
function nameOf(file: FileToAttach): string {
  return file.name.trim() || 'pasted file';
}

export async function attachFiles(files: readonly FileToAttach[], add: Add): Promise<AttachOutcome> {
  const links: string[] = [];
  const problems: string[] = [];
  // One at a time: each may be 25 MB, and the core takes its writes in turn anyway.
  for (const file of files) {
    const name = nameOf(file);
    const tooBig = attachmentSizeProblem(name, file.size);
    if (tooBig) {
      problems.push(`${tooBig} It was not attached.`);
      continue;
    }
    try {
      links.push(attachmentMarkdown(await add(name, bytesToBase64(await file.bytes()))));
    } catch (error) {
      problems.push(`“${name}” was not attached: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { markdown: links.join('\n'), problems };
}

/** A browser File (pasted, dropped or picked) in the shape above. */
export function fileToAttach(file: File): FileToAttach {
  return { name: file.name, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) };
}
