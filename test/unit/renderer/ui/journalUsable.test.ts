// Other views' code is fetched once the journal is usable, and only then; a cancelled wait never runs.
import { describe, expect, it, vi } from 'vitest';

describe('the journal-usable signal', () => {
  it('runs waiting callbacks once, when the journal becomes usable, and at once afterwards', async () => {
    vi.resetModules();
    const { announceJournalUsable, onceJournalUsable } = await import('../../../../renderer/ui/journalUsable');
    const early = vi.fn();
    const cancelled = vi.fn();
    onceJournalUsable(early);
    const cancel = onceJournalUsable(cancelled);
    cancel();
    expect(early).not.toHaveBeenCalled();
    announceJournalUsable();
    announceJournalUsable();
    expect(early).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
    const late = vi.fn();
    onceJournalUsable(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('adds no user-timing mark outside a bench build', async () => {
    vi.resetModules();
    const { announceJournalUsable } = await import('../../../../renderer/ui/journalUsable');
    announceJournalUsable();
    expect(performance.getEntriesByName('cairn:interactive')).toHaveLength(0);
  });
});
