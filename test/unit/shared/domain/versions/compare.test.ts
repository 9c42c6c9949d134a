// Version comparison: what a reader of the compare view is told changed between two saved strategies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparisonPair,
  compareVersions,
  defaultComparisonPair,
  diffAspiration,
  reassemble,
} from '../../../../../shared/domain/versions/compare';
import { AppError } from '../../../../../shared/errors';
import { value, version } from './fixtures';

describe('diffAspiration', () => {
  it('marks replaced words as removed and added, keeping the rest', () => {
    expect(diffAspiration('Build calm tools', 'Build quiet tools')).toEqual([
      { kind: 'same', text: 'Build ' },
      { kind: 'removed', text: 'calm' },
      { kind: 'added', text: 'quiet' },
      { kind: 'same', text: ' tools' },
    ]);
  });

  it('still quotes the older text exactly when only its spacing differs', () => {
    const parts = diffAspiration('Build  calm\ntools', 'Build calm tools');
    expect(reassemble(parts, 'from')).toBe('Build  calm\ntools');
    expect(reassemble(parts, 'to')).toBe('Build calm tools');
  });

  it('reassembles both texts exactly from the parts', () => {
    const wordy = fc.array(fc.constantFrom('calm', 'tools', 'people', ' ', '  ', '\n', ',', 'think', 'é', '.'), { maxLength: 25 });
    fc.assert(
      fc.property(wordy.map((words) => words.join('')), fc.oneof(fc.string(), wordy.map((words) => words.join(''))), (from, to) => {
        const parts = diffAspiration(from, to);
        expect(reassemble(parts, 'from')).toBe(from);
        expect(reassemble(parts, 'to')).toBe(to);
        expect(parts.every((part) => part.text.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('compareVersions', () => {
  const older = version('v1', '2024-01-01T09:00:00Z');

  it('puts the older version first whichever order they are given in', () => {
    const newer = version('v2', '2024-02-01T09:00:00Z', { aspiration: 'Build calm tools' });
    expect(compareVersions(newer, older).from.id).toBe('v1');
    expect(compareVersions(older, newer).to.id).toBe('v2');
  });

  it('reports values added, removed, renamed, re-described and recoloured', () => {
    const newer = version('v2', '2024-02-01T09:00:00Z', {
      values: [
        value('craft', { label: 'Craftsmanship', colour: '#993366' }),
        value('play', { label: 'Play' }),
      ],
    });
    const tweaked = version('v3', '2024-03-01T09:00:00Z', {
      values: [value('craft', { label: 'Craftsmanship', colour: '#993366', description: 'Doing it well' }), value('play', { label: 'Play' })],
    });
    const { values } = compareVersions(older, newer);
    expect(values.added.map((v) => v.id)).toEqual(['play']);
    expect(values.removed.map((v) => v.id)).toEqual(['care']);
    expect(values.renamed.map((c) => [c.id, c.from, c.to])).toEqual([['craft', 'craft', 'Craftsmanship']]);
    expect(values.recoloured.map((c) => [c.from, c.to])).toEqual([['#336699', '#993366']]);
    expect(values.redescribed).toEqual([]);
    expect(compareVersions(newer, tweaked).values.redescribed.map((c) => c.to)).toEqual(['Doing it well']);
  });

  it('does not call capitalised colours, or labels and aspirations with only spacing edits, a change', () => {
    const newer = version('v2', '2024-02-01T09:00:00Z', {
      aspiration: `${older.aspiration.replace(' ', '\n')} `,
      values: [value('craft', { colour: '#336699'.toUpperCase(), label: ' craft ' }), value('care')],
    });
    const comparison = compareVersions(older, newer);
    expect(comparison.values.recoloured).toEqual([]);
    expect(comparison.values.renamed).toEqual([]);
    expect(comparison.aspirationChanged).toBe(false);
    expect(comparison.hasChanges).toBe(false);
  });

  it('reports circles moved or resized by a pixel or more, and values shown or hidden', () => {
    const newer = version('v2', '2024-02-01T09:00:00Z', {
      layout: {
        circles: [
          { valueId: 'craft', x: 100.4, y: 99.7, r: 60.2 },
          { valueId: 'care', x: 190, y: 100, r: 45 },
          { valueId: 'play', x: 130, y: 160, r: 50 },
        ],
        shown: ['care', 'play'],
      },
    });
    const { layout, hasChanges } = compareVersions(older, newer);
    expect(layout.moved.map((c) => c.valueId)).toEqual(['care']);
    expect(layout.resized.map((c) => [c.valueId, c.from.r, c.to.r])).toEqual([['care', 60, 45]]);
    expect(layout.circlesAdded.map((c) => c.valueId)).toEqual(['play']);
    expect(layout.circlesRemoved).toEqual([]);
    expect(layout.nowShown).toEqual(['play']);
    expect(layout.nowHidden).toEqual(['craft']);
    expect(hasChanges).toBe(true);
  });

  it('finds nothing to report between a version and itself', () => {
    const comparison = compareVersions(older, older);
    expect(comparison.hasChanges).toBe(false);
    expect(comparison.aspiration).toEqual([{ kind: 'same', text: older.aspiration }]);
  });
});

describe('choosing the pair', () => {
  const versions = [
    version('b', '2024-02-01T09:00:00Z'),
    version('c', '2024-03-01T09:00:00Z'),
    version('a', '2024-01-01T09:00:00Z'),
  ];

  it('defaults to the last two versions, older first', () => {
    expect(defaultComparisonPair(versions)?.map((v) => v.id)).toEqual(['b', 'c']);
    expect(defaultComparisonPair(versions.slice(0, 1))).toBeNull();
  });

  it('takes any two by id and orders them by creation', () => {
    expect(comparisonPair(versions, 'c', 'a').map((v) => v.id)).toEqual(['a', 'c']);
  });

  it('refuses a version id that does not exist', () => {
    expect(() => comparisonPair(versions, 'a', 'zzz')).toThrow(AppError);
  });
});
