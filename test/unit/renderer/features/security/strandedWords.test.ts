// Words typed and not saved when an open journal turns out damaged are taken from the savers before the damaged
// screen replaces them, and offered as text to copy or save: nothing typed disappears with the surface.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver } from '../../../../../renderer/app/saver/autosave';
import { registerSaver } from '../../../../../renderer/app/saver/saveRegistry';
import { strandedFile, strandedLabel } from '../../../../../renderer/features/security/strandedText';

let status: { state: string } = { state: 'open' };

vi.mock('../../../../../renderer/app/client', () => ({
  onCoreChange: () => () => {},
  api: () => ({ 'security.status': async () => ({ ...status, encrypted: false, autoLockMinutes: 0 }) }),
}));

const { useSecurity } = await import('../../../../../renderer/features/security/securityStore');

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** A surface whose saves never reach the core, holding what was typed. */
function typedInto(key: string, edits: Record<string, unknown>) {
  const saver = createAutosaver<Record<string, unknown>>({
    save: () => new Promise(() => {}),
    onStatus: () => {},
    describe: () => 'no answer',
  });
  saver.edit(edits);
  cleanups.push(registerSaver(key, saver), () => saver.dispose());
}

describe('words stranded by a damaged journal', () => {
  it('are taken from every saver with unsaved edits when the open journal turns out damaged', async () => {
    await useSecurity.getState().refresh();
    typedInto('reflection:r1', { title: 'Offsite', body: 'The part about the roadmap — café 42' });
    typedInto('experiment:e1', { hypothesis: 'If I pair weekly', valueIds: ['v1'] });
    status = { state: 'corrupt' };
    await useSecurity.getState().refresh();
    const stranded = useSecurity.getState().stranded;
    expect(stranded.map(({ key }) => key)).toEqual(['reflection:r1', 'experiment:e1']);
    expect(stranded[0]?.text).toBe('title: Offsite\nbody: The part about the roadmap — café 42');
    expect(strandedFile(stranded)).toBe(
      'An entry\ntitle: Offsite\nbody: The part about the roadmap — café 42\n\nAn experiment\nhypothesis: If I pair weekly\nvalueIds: v1\n',
    );
  });

  it('names what each came from', () => {
    expect(strandedLabel('reflection:abc')).toBe('An entry');
    expect(strandedLabel('tag-rename:4')).toBe('A tag');
    expect(strandedLabel('something-new')).toBe('Something you typed');
  });
});
