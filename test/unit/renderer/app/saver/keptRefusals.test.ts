// Refused edits are kept as a draft with the core's message and read back later; a later success or a discard throws
// them away; failures that are not refusals keep nothing (the saver retries those itself).
import { describe, expect, it } from 'vitest';
import { ApiError, type Api } from '../../../../../renderer/app/api';
import { createAutosaver } from '../../../../../renderer/app/saver/autosave';
import { createKeptRefusals, refusalKey } from '../../../../../renderer/app/saver/keptRefusals';
import type { Draft, DraftFields } from '../../../../../shared/domain/drafts';

function memoryDrafts() {
  const drafts = new Map<string, DraftFields>();
  const client = {
    'drafts.get': async ({ key }: { key: string }): Promise<Draft | null> => {
      const fields = drafts.get(key);
      return fields ? { key, fields, updatedAt: '2030-01-01T00:00:00.000Z' } : null;
    },
    'drafts.save': async ({ key, fields }: { key: string; fields: DraftFields }) => {
      drafts.set(key, { ...drafts.get(key), ...fields });
      return { key, fields, updatedAt: '2030-01-01T00:00:00.000Z' };
    },
    'drafts.discard': async ({ key }: { key: string }) => ({ deleted: drafts.delete(key) }),
  } as unknown as Pick<Api, 'drafts.get' | 'drafts.save' | 'drafts.discard'>;
  return { drafts, kept: createKeptRefusals(() => client) };
}

const refusing = (message: string) => async () => {
  throw new ApiError('VALIDATION', message);
};

describe('kept refusals', () => {
  it('keeps refused edits with the core’s message, across a new page, until a save succeeds', async () => {
    const { drafts, kept } = memoryDrafts();
    const save = kept.keeping<{ actualEnd: string }>('experiment:abc-1', refusing('The actual end is before the actual start.'));
    await expect(save({ actualEnd: '2030-01-05' })).rejects.toThrow(ApiError);

    // A fresh keeper over the same drafts stands for the page after a reload.
    const afterReload = createKeptRefusals(() => ({
      'drafts.get': async ({ key }: { key: string }) => (drafts.has(key) ? { key, fields: drafts.get(key)!, updatedAt: '' } : null),
      'drafts.save': async () => ({}),
      'drafts.discard': async ({ key }: { key: string }) => ({ deleted: drafts.delete(key) }),
    }) as unknown as Pick<Api, 'drafts.get' | 'drafts.save' | 'drafts.discard'>);
    expect(await afterReload.read('experiment:abc-1')).toEqual({
      edits: { actualEnd: '2030-01-05' },
      message: 'The actual end is before the actual start',
    });

    await afterReload.keeping('experiment:abc-1', async () => {})({ actualEnd: '2030-01-15' });
    await expect.poll(() => drafts.size).toBe(0);
  });

  it('throws the kept edits away when the person discards them', async () => {
    const { kept } = memoryDrafts();
    await kept.keeping('value:v1', refusing('A value needs a label'))({ label: '' }).catch(() => undefined);
    expect(await kept.read('value:v1')).not.toBeNull();
    await kept.discard('value:v1');
    expect(await kept.read('value:v1')).toBeNull();
  });

  it('hands kept edits back to a surface as it opens, under what was typed since, and tries them again', async () => {
    const { kept } = memoryDrafts();
    await kept.keeping('strategy:text', refusing('Text cannot hold control characters'))({ aspiration: 'A\u0007', impact: 'old' }).catch(() => undefined);
    const sent: object[] = [];
    const saver = createAutosaver<{ aspiration: string; impact: string }>({
      save: async (patch) => void sent.push(patch),
      onStatus: () => undefined,
      describe: String,
    });
    saver.edit({ impact: 'typed since' });
    const shown: object[] = [];
    const messages: string[] = [];
    await kept.restore('strategy:text', saver, { show: (edits) => shown.push(edits), refused: (message) => messages.push(message) });
    expect(shown).toEqual([{ aspiration: 'A\u0007', impact: 'typed since' }]);
    expect(messages).toEqual(['Text cannot hold control characters']);
    await saver.flush();
    expect(sent).toEqual([{ aspiration: 'A\u0007', impact: 'typed since' }]);
  });

  it('hands nothing back to a surface that has closed meanwhile', async () => {
    const { kept } = memoryDrafts();
    await kept.keeping('value:v2', refusing('A value needs a label'))({ label: ' ' }).catch(() => undefined);
    const saver = createAutosaver<{ label: string }>({ save: async () => undefined, onStatus: () => undefined, describe: String });
    const shown: object[] = [];
    await kept.restore('value:v2', saver, { show: (edits) => shown.push(edits), refused: () => undefined, isCurrent: () => false });
    expect(shown).toEqual([]);
    expect(saver.hasUnsaved()).toBe(false);
  });

  it('keeps nothing for a failure that is not a refusal', async () => {
    const { drafts, kept } = memoryDrafts();
    const unreachable = async () => {
      throw new ApiError('TRANSPORT', 'no answer');
    };
    await expect(kept.keeping('experiment:abc-2', unreachable)({ outcome: 'words' })).rejects.toThrow('no answer');
    expect(drafts.size).toBe(0);
  });

  it('names the draft after the saver, or nothing when the saver’s key cannot name a draft', () => {
    expect(refusalKey('experiment:0f7c-11')).toBe('refused-experiment:0f7c-11');
    expect(refusalKey('strategy:text')).toBe('refused-strategy:text');
    expect(refusalKey('Not a key')).toBeNull();
  });
});
