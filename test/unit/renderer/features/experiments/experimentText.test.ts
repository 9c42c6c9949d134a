// Card dates read naturally: one day once, a shared year once, and a clear note when there are no dates.
import { describe, expect, it } from 'vitest';
import { dateSpan, formatDay } from '../../../../../renderer/features/experiments/experimentText';
import { anExperiment } from '../../fixtures';

describe('date spans on cards', () => {
  it('prefers actual dates over planned ones and names a single day once', () => {
    expect(dateSpan(anExperiment({ plannedStart: '2026-03-01', actualStart: '2026-03-04', actualEnd: '2026-03-04' }))).toBe(formatDay('2026-03-04'));
  });

  it('shows a shared year only at the end, and both years across a new year', () => {
    const sameYear = dateSpan(anExperiment({ plannedStart: '2026-03-01', plannedEnd: '2026-04-02' }));
    expect(sameYear.match(/2026/g)).toHaveLength(1);
    const acrossYears = dateSpan(anExperiment({ plannedStart: '2025-12-20', plannedEnd: '2026-01-10' }));
    expect(acrossYears).toContain('2025');
    expect(acrossYears).toContain('2026');
  });

  it('says so when there are no dates, or only one end', () => {
    expect(dateSpan(anExperiment())).toBe('No dates yet');
    expect(dateSpan(anExperiment({ plannedEnd: '2026-05-01' }))).toBe(`Until ${formatDay('2026-05-01')}`);
  });
});
