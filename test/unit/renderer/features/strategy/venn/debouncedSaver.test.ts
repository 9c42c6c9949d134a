// A drag of many pointer moves saves once, with the final layout, after it settles; flushing saves what is pending now.
import { describe, expect, it, vi } from 'vitest';
import { createDebouncedSaver } from '../../../../../../renderer/features/strategy/venn/debouncedSaver';

describe('debounced saver', () => {
  it('turns N rapid changes into one save of the last one', () => {
    vi.useFakeTimers();
    try {
      const save = vi.fn(() => Promise.resolve());
      const saver = createDebouncedSaver(save, 400);
      for (let move = 1; move <= 120; move++) {
        saver.schedule({ x: move });
        vi.advanceTimersByTime(16);
      }
      expect(save).not.toHaveBeenCalled();
      vi.advanceTimersByTime(400);
      expect(save).toHaveBeenCalledTimes(1);
      expect(save).toHaveBeenCalledWith({ x: 120 });
      vi.advanceTimersByTime(5000);
      expect(save).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('flush saves the pending change at once and only once', async () => {
    vi.useFakeTimers();
    try {
      const save = vi.fn(() => Promise.resolve());
      const saver = createDebouncedSaver(save, 400);
      saver.schedule('draft');
      expect(saver.pending()).toBe(true);
      await saver.flush();
      expect(save).toHaveBeenCalledWith('draft');
      vi.advanceTimersByTime(1000);
      await saver.flush();
      expect(save).toHaveBeenCalledTimes(1);
      expect(saver.pending()).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
