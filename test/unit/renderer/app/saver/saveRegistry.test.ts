// The registry answers "has unsaved edits for X" field by field, and one flush reaches every saver in the page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, type Autosaver } from '../../../../../renderer/app/saver/autosave';
import { flushAllSavers, hasUnsavedEdits, registerSaver, unsavedEdits, unsavedSize } from '../../../../../renderer/app/saver/saveRegistry';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function registered(key: string, save: (patch: object) => Promise<void>) {
  const saver = createAutosaver<Record<string, string>>({ save, onStatus: () => {}, describe: String });
  cleanups.push(registerSaver(key, saver as Autosaver<object>), () => saver.dispose());
  return saver;
}

describe('save registry', () => {
  it('says which fields of which surface hold unsaved edits, until they are saved', async () => {
    let release = () => {};
    const save = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const experiment = registered('experiment:1', save);
    registered('experiment:2', async () => {});
    experiment.edit({ hypothesis: 'Half typed' });
    expect(hasUnsavedEdits('experiment:1')).toBe(true);
    expect(hasUnsavedEdits('experiment:1', 'hypothesis')).toBe(true);
    expect(hasUnsavedEdits('experiment:1', 'title')).toBe(false);
    expect(hasUnsavedEdits('experiment:2')).toBe(false);
    expect(unsavedEdits('experiment:1')).toEqual({ hypothesis: 'Half typed' });
    // Still unsaved while the save is in flight: a refetch answered before it lands must not overwrite the field.
    const flushing = flushAllSavers();
    await Promise.resolve();
    expect(save).toHaveBeenCalledTimes(1);
    expect(hasUnsavedEdits('experiment:1', 'hypothesis')).toBe(true);
    release();
    expect(await flushing).toBe(true);
    expect(hasUnsavedEdits('experiment:1')).toBe(false);
  });

  it('flushes every saver at once and reports whether all of them saved', async () => {
    const first = registered('strategy:text', async () => {});
    const second = registered('value:1', async () => {
      throw new Error('unreachable');
    });
    first.edit({ aspiration: 'Turning messy data into decisions' });
    second.edit({ label: 'Teaching' });
    expect(unsavedSize()).toBeGreaterThan(30);
    expect(await flushAllSavers()).toBe(false);
    expect(hasUnsavedEdits('strategy:text')).toBe(false);
    expect(hasUnsavedEdits('value:1', 'label')).toBe(true);
  });
});
