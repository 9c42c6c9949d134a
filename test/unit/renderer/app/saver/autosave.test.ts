// The autosaver never loses an edit: it saves soon after typing, often during long typing, on flush, and retries failures.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, MAX_WAIT_MS, type AutosaveStatus } from '../../../../../renderer/app/saver/autosave';

interface Patch {
  title: string;
  body: string;
}

function setup(save: (patch: Partial<Patch>) => Promise<void>) {
  const statuses: AutosaveStatus[] = [];
  const firstFailures: unknown[] = [];
  const saver = createAutosaver<Patch>({
    save,
    onStatus: (status) => statuses.push(status),
    describe: (error) => (error instanceof Error ? error.message : 'unknown'),
    onFirstFailure: (error) => firstFailures.push(error),
    isRefusal: (error) => error instanceof Error && error.name === 'Refusal',
  });
  return { saver, statuses, firstFailures, last: () => statuses.at(-1) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('saves the newest text once typing pauses, in one request', async () => {
    const save = vi.fn(async () => {});
    const { saver, last } = setup(save);
    saver.edit({ body: 'H' });
    saver.edit({ body: 'He' });
    saver.edit({ title: 'Day' });
    expect(last()).toEqual({ state: 'pending' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ body: 'He', title: 'Day' });
    expect(last()).toEqual({ state: 'saved' });
    expect(saver.hasUnsaved()).toBe(false);
  });

  it('keeps saving during continuous typing, so a crash loses less than a second', async () => {
    const saved: string[] = [];
    const { saver } = setup(async (patch) => void saved.push(patch.body ?? ''));
    let text = '';
    for (let i = 0; i < 50; i += 1) {
      text += 'x';
      saver.edit({ body: text });
      await vi.advanceTimersByTimeAsync(100);
      // Everything typed more than MAX_WAIT_MS (plus one keystroke) ago is already in the store.
      const typedLongAgo = Math.max(0, text.length - Math.ceil(MAX_WAIT_MS / 100) - 1);
      expect((saved.at(-1) ?? '').length).toBeGreaterThanOrEqual(typedLongAgo);
    }
  });

  it('does not mark an edit made during a save as saved', async () => {
    let finish: () => void = () => {};
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { saver, last } = setup(save);
    saver.edit({ body: 'first' });
    const flushing = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    saver.edit({ body: 'first and second' });
    finish();
    expect(await flushing).toBe(false);
    expect(saver.hasUnsaved()).toBe(true);
    expect(last()).toEqual({ state: 'pending' });
    const again = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    finish();
    expect(await again).toBe(true);
    expect(save).toHaveBeenLastCalledWith({ body: 'first and second' });
  });

  it('flush saves at once and resolves when the words are stored', async () => {
    const save = vi.fn(async () => {});
    const { saver } = setup(save);
    saver.edit({ body: 'closing the window now' });
    expect(await saver.flush()).toBe(true);
    expect(save).toHaveBeenCalledWith({ body: 'closing the window now' });
  });

  it('shows a failure with its reason, tells once, and retries with growing delays until it saves', async () => {
    let failing = true;
    const save = vi.fn(async () => {
      if (failing) throw new Error('The journal could not be reached');
    });
    const { saver, last, firstFailures } = setup(save);
    saver.edit({ body: 'precious words' });
    expect(await saver.flush()).toBe(false);
    expect(last()).toEqual({ state: 'failed', reason: 'The journal could not be reached', retryInMs: 1_000 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(last()).toMatchObject({ state: 'failed', retryInMs: 2_000 });
    expect(save).toHaveBeenCalledTimes(2);
    expect(firstFailures).toHaveLength(1);
    failing = false;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(last()).toEqual({ state: 'saved' });
    expect(save).toHaveBeenLastCalledWith({ body: 'precious words' });
  });

  it('waits for the next edit after a refusal instead of retrying, and keeps the refused edits until then', async () => {
    const refusal = Object.assign(new Error('The planned end is before the planned start'), { name: 'Refusal' });
    const save = vi.fn(async (patch: Partial<Patch>) => {
      if (patch.title === 'bad') throw refusal;
    });
    const { saver, last, firstFailures } = setup(save);
    saver.edit({ title: 'bad', body: 'kept' });
    expect(await saver.flush()).toBe(false);
    expect(last()).toEqual({ state: 'refused', reason: 'The planned end is before the planned start' });
    await vi.advanceTimersByTimeAsync(60_000);
    // A flush (the field losing focus) does not send the refused edits again, nor leave the refusal shown.
    expect(await saver.flush()).toBe(false);
    expect(save).toHaveBeenCalledTimes(1);
    expect(last()).toEqual({ state: 'refused', reason: 'The planned end is before the planned start' });
    expect(firstFailures).toEqual([]);
    expect(saver.unsaved()).toEqual({ title: 'bad', body: 'kept' });
    saver.edit({ title: 'good' });
    expect(last()).toEqual({ state: 'pending' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(save).toHaveBeenLastCalledWith({ title: 'good', body: 'kept' });
    expect(last()).toEqual({ state: 'saved' });
    expect(saver.hasUnsaved()).toBe(false);
  });

  it('sends the newest edits at once when the page is going away, without waiting for a save in flight', async () => {
    const sent: Array<Partial<Patch>> = [];
    const save = vi.fn((patch: Partial<Patch>) => {
      sent.push(patch);
      // The first save never answers, as in a page being torn down.
      return sent.length === 1 ? new Promise<void>(() => {}) : Promise.resolve();
    });
    const { saver } = setup(save);
    saver.edit({ body: 'café 4' });
    void saver.flush();
    await Promise.resolve();
    saver.edit({ body: 'café 42' });
    expect(await saver.flushUrgently()).toBe(true);
    expect(sent).toEqual([{ body: 'café 4' }, { body: 'café 42' }]);
  });

  it('has nothing to save before any edit', async () => {
    const save = vi.fn(async () => {});
    const { saver } = setup(save);
    expect(await saver.flush()).toBe(true);
    expect(save).not.toHaveBeenCalled();
  });
});

describe('autosave after the entry is deleted', () => {
  it('drops the unsaved edits instead of saving into a deleted entry', async () => {
    const save = vi.fn(async () => {});
    const { saver } = setup(save);
    saver.edit({ body: 'about to delete' });
    saver.discard();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await saver.flush()).toBe(true);
    expect(save).not.toHaveBeenCalled();
  });
});
