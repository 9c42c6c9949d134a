// Store rows become comparable strategy content: saved layouts are kept, missing ones get a tidy diagram, the draft uses live values.
import { describe, expect, it } from 'vitest';
import type { StrategyVersion } from '../../../../../shared/domain/strategy';
import type { Value } from '../../../../../shared/domain/values';
import { checkInAdvice } from '../../../../../shared/domain/versions/checkIn';
import { draftContent, layoutOf, versionContent } from '../../../../../renderer/features/versions/versionContent';

const value = (id: string, label: string, archivedAt: string | null = null): Value => ({
  id,
  label,
  description: '',
  colour: '#3d6b4f',
  position: 0,
  archivedAt,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
});

const savedLayout = {
  version: 1,
  width: 600,
  height: 440,
  circles: [{ valueId: 'a', x: 200, y: 200, r: 100 }],
  shown: ['a'],
};

describe('layoutOf', () => {
  it('keeps a valid saved layout as it is', () => {
    expect(layoutOf(savedLayout, [])).toEqual({ width: 600, height: 440, circles: savedLayout.circles, shown: ['a'] });
  });

  it('draws the first values tidily when no usable layout was saved', () => {
    const layout = layoutOf({ circles: [1, 2] }, [value('a', 'craft'), value('b', 'care')]);
    expect(layout.shown).toEqual(['a', 'b']);
    expect(layout.circles).toHaveLength(2);
    for (const circle of layout.circles) {
      expect(circle.x - circle.r).toBeGreaterThanOrEqual(0);
      expect(circle.x + circle.r).toBeLessThanOrEqual(layout.width);
    }
  });
});

describe('versionContent and draftContent', () => {
  const version: StrategyVersion = {
    id: '00000000-0000-4000-8000-000000000001',
    createdAt: '2024-05-01T10:00:00.000Z',
    aspiration: 'Build tools',
    strengths: '',
    impact: '',
    values: [value('a', 'craft')],
    layout: savedLayout,
    changeNote: 'First sketch',
  };

  it('reads the change note as the version note', () => {
    expect(versionContent(version)).toMatchObject({ note: 'First sketch', aspiration: 'Build tools', values: [{ id: 'a', label: 'craft' }] });
  });

  it('leaves archived values out of the draft, so archiving one is a change worth a check-in', () => {
    const draft = { aspiration: 'Build tools', strengths: '', impact: '', layout: savedLayout, updatedAt: '2024-05-02T00:00:00.000Z' };
    const same = draftContent(draft, [value('a', 'craft')]);
    expect(checkInAdvice(same, versionContent(version), new Date('2024-06-01')).differs).toBe(false);
    const archived = draftContent(draft, [value('a', 'craft', '2024-05-03T00:00:00.000Z')]);
    const advice = checkInAdvice(archived, versionContent(version), new Date('2024-06-01'), { afterDays: 7 });
    expect(advice.differences.values).toBe(true);
    expect(advice.suggestCheckIn).toBe(true);
  });
});
