// Files pasted, dropped or picked become attachment links; one over the limit never travels and is named in the message.
import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES, type Attachment } from '../../../../../shared/domain/attachments';
import { attachFiles, type FileToAttach } from '../../../../../renderer/features/journal/attachFiles';

const HASH = 'c'.repeat(64);

function file(name: string, content: Uint8Array, size = content.length): FileToAttach & { read: number } {
  const picked = { name, size, read: 0, bytes: async () => ((picked.read += 1), content) };
  return picked;
}

describe('attachFiles', () => {
  it('adds each file and gives one link per line, images with ! and files without', async () => {
    const sent: [string, string][] = [];
    const add = async (name: string, base64: string): Promise<Attachment> => {
      sent.push([name, base64]);
      return { sha256: HASH, mime: name.endsWith('.png') ? 'image/png' : 'application/pdf', size: 3, name };
    };
    const outcome = await attachFiles([file('view.png', Uint8Array.from([1, 2, 3])), file('cv.pdf', Uint8Array.from([4]))], add);
    expect(outcome).toEqual({ markdown: `![view.png](attachment:${HASH})\n[cv.pdf](attachment:${HASH})`, problems: [] });
    expect(sent).toEqual([['view.png', 'AQID'], ['cv.pdf', 'BA==']]);
  });

  it('never reads or sends a file over 25 MB, and says why it was left out', async () => {
    const big = file('film.mov', new Uint8Array(1), MAX_ATTACHMENT_BYTES + 1024 * 1024);
    let calls = 0;
    const outcome = await attachFiles([big], async () => {
      calls += 1;
      throw new Error('should not be called');
    });
    expect(outcome.markdown).toBe('');
    expect(outcome.problems).toEqual(['“film.mov” is 26.0 MB; files up to 25 MB can be attached. It was not attached.']);
    expect([calls, big.read]).toEqual([0, 0]);
  });

  it('attaches the others when the core refuses one, naming it with the core’s reason', async () => {
    const outcome = await attachFiles([file('', Uint8Array.from([9])), file('ok.png', Uint8Array.from([1]))], async (name) => {
      if (name === 'pasted file') throw new Error('The journal is locked.');
      return { sha256: HASH, mime: 'image/png', size: 1, name };
    });
    expect(outcome).toEqual({ markdown: `![ok.png](attachment:${HASH})`, problems: ['“pasted file” was not attached: The journal is locked.'] });
  });
});
