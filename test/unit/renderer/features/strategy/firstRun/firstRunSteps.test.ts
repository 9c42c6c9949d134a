// A new journal opens on the first-run path, an unfinished path resumes, and finished or skipped paths never interrupt.
import { describe, expect, it } from 'vitest';
import { shouldOpenFirstRun, stepAt } from '../../../../../../renderer/features/strategy/firstRun/firstRunSteps';

describe('first run', () => {
  it('opens a new journal and resumes an unfinished path, but not a journal that already has values', () => {
    expect(shouldOpenFirstRun({ state: 'pending', step: 0 }, 0)).toBe(true);
    expect(shouldOpenFirstRun({ state: 'pending', step: 3 }, 4)).toBe(true);
    expect(shouldOpenFirstRun({ state: 'pending', step: 0 }, 2)).toBe(false);
    expect(shouldOpenFirstRun({ state: 'skipped', step: 0 }, 0)).toBe(false);
    expect(shouldOpenFirstRun({ state: 'done', step: 5 }, 0)).toBe(false);
  });

  it('lands a stored step on a real one', () => {
    expect(stepAt(0)).toBe('welcome');
    expect(stepAt(3)).toBe('diagram');
    expect(stepAt(99)).toBe('version');
  });
});
