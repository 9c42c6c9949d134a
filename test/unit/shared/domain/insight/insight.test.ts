// Insight's figures and sentences: what gives energy and what drains it, a minimum before any claim, values lived.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { associations, MIN_ENTRIES_FOR_CLAIM } from '../../../../../shared/domain/insight/associations';
import { computeInsight } from '../../../../../shared/domain/insight/insight';
import { insightPeriods, measures } from '../../../../../shared/domain/insight/insightSchema';
import { entry, journalArb, names } from './insightFixtures';

/** The journal: twelve Teaching days averaging 4.5, six Admin days at 2.0, four others. */
function teachingAndAdmin() {
  const teaching = [5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4].map((energy, day) =>
    entry(`2024-03-${String(day + 1).padStart(2, '0')}`, { energy, engagement: 4, valueIds: ['teaching'] }),
  );
  const admin = [2, 2, 2, 2, 2, 2].map((energy, day) => entry(`2024-03-${String(day + 13)}`, { energy, engagement: 3, valueIds: ['admin'] }));
  const others = [5, 5, 5, 4].map((energy, day) => entry(`2024-03-${String(day + 19)}`, { energy }));
  return [...teaching, ...admin, ...others];
}

const march = { period: 'week', from: '2024-03-01', to: '2024-03-31' } as const;

describe('computeInsight', () => {
  it('gives the Teaching and Admin figures and says which gives energy and which drains it', () => {
    const insight = computeInsight(teachingAndAdmin(), names, march);
    const teaching = insight.factors.find((factor) => factor.id === 'teaching');
    const admin = insight.factors.find((factor) => factor.id === 'admin');
    expect(teaching?.energy).toMatchObject({ with: { rated: 12, mean: 4.5 }, rest: { rated: 10, mean: 3.1 }, claim: 'gives' });
    expect(admin?.energy).toMatchObject({ with: { rated: 6, mean: 2 }, rest: { rated: 16, mean: 4.5625 }, claim: 'drains' });
    const texts = insight.sentences.map((sentence) => sentence.text);
    expect(texts).toContain('Days with Teaching average energy 4.5, against 3.1 on other days (12 entries).');
    expect(texts).toContain('Days with Admin average energy 2.0, against 4.6 on other days (6 entries).');
    // The biggest difference comes first.
    expect(insight.sentences[0]?.id).toBe('admin');
    const teachingSentence = insight.sentences.find((sentence) => sentence.id === 'teaching' && sentence.measure === 'energy');
    expect(teachingSentence?.entries.map((index) => insight.entries[index]?.date)).toEqual(
      Array.from({ length: 12 }, (_, day) => `2024-03-${String(day + 1).padStart(2, '0')}`),
    );
  });

  it('leaves unrated days out of the means and says how many were rated', () => {
    const insight = computeInsight(
      [entry('2024-03-04', { energy: 5 }), entry('2024-03-05', { energy: null, engagement: 2 }), entry('2024-03-06')],
      names,
      march,
    );
    const week = insight.periods.find((period) => period.firstDay === '2024-03-04');
    expect(week).toMatchObject({ energy: { rated: 1, mean: 5 }, engagement: { rated: 1, mean: 2 } });
    expect(week?.entries).toHaveLength(3);
    expect(insight.periods.find((period) => period.firstDay === '2024-03-11')?.energy).toEqual({ rated: 0, mean: null });
  });

  it(`claims nothing for a factor on fewer than ${MIN_ENTRIES_FOR_CLAIM} rated days, or with too few days without it`, () => {
    const few = Array.from({ length: MIN_ENTRIES_FOR_CLAIM - 1 }, (_, day) => entry(`2024-03-0${day + 1}`, { energy: 5, tags: ['travel'] }));
    const rest = Array.from({ length: 10 }, (_, day) => entry(`2024-03-${day + 10}`, { energy: 1 }));
    const insight = computeInsight([...few, ...rest], names, march);
    const travel = insight.factors.find((factor) => factor.id === 'travel');
    expect(travel?.energy).toMatchObject({ with: { rated: MIN_ENTRIES_FOR_CLAIM - 1, mean: 5 }, claim: null });
    expect(insight.sentences).toEqual([]);

    const enough = [...few, entry('2024-03-09', { energy: 5, tags: ['travel'] })];
    const sentences = computeInsight([...enough, ...rest], names, march).sentences;
    expect(sentences.map((sentence) => sentence.text)).toEqual(['Days tagged “travel” average energy 5.0, against 1.0 on other days (5 entries).']);
  });

  it('names experiments and people, and makes no claim for a difference under half a point', () => {
    const linked = Array.from({ length: 6 }, (_, day) =>
      entry(`2024-03-0${day + 1}`, { engagement: 5, energy: 3, experimentIds: ['shadow'], personIds: ['priya'] }),
    );
    const rest = Array.from({ length: 6 }, (_, day) => entry(`2024-03-${day + 10}`, { engagement: 2, energy: 3 }));
    const texts = computeInsight([...linked, ...rest], names, march).sentences.map((sentence) => sentence.text);
    expect(texts).toEqual([
      'Days in the experiment “Shadow a data team” average engagement 5.0, against 2.0 on other days (6 entries).',
      'Days linked to Priya average engagement 5.0, against 2.0 on other days (6 entries).',
    ]);
  });

  it('lists every named value with how often it was lived, and leaves archived values out', () => {
    const entries = [
      entry('2024-03-04', { valueIds: ['teaching', 'archived'] }),
      entry('2024-03-05', { valueIds: ['teaching'] }),
      entry('2024-03-20', { valueIds: ['teaching', 'admin'] }),
    ];
    const lived = computeInsight(entries, names, { period: 'week', from: '2024-03-04', to: '2024-03-31' }).valuesLived;
    expect(lived.map((value) => value.text)).toEqual([
      'Teaching: expressed in 3 reflections, in 2 of 4 weeks.',
      'Admin: expressed in 1 reflection, in 1 of 4 weeks.',
      'Building: named in your strategy, not expressed in any reflection or experiment in these weeks.',
    ]);
    expect(lived[0]?.entries).toEqual([0, 1, 2]);
  });

  it('counts the experiments that tested a value while they ran in the range, beside the reflections', () => {
    const entries = [entry('2024-03-04', { valueIds: ['teaching'] }), entry('2024-03-28')];
    const experimentRuns = [
      { id: 'shadow', title: 'Shadow a data team', valueIds: ['building', 'teaching'], from: '2024-03-12', to: '2024-03-20' },
      { id: 'course', title: 'Evening course', valueIds: ['building'], from: '2024-03-25', to: null },
      { id: 'old', title: 'Last year’s try', valueIds: ['admin'], from: '2023-05-01', to: '2023-06-01' },
    ];
    const lived = computeInsight(entries, { ...names, experimentRuns }, { period: 'week', from: '2024-03-04', to: '2024-03-31' }).valuesLived;
    expect(lived.map((value) => value.text)).toEqual([
      'Teaching: expressed in 1 reflection and 1 experiment, in 3 of 4 weeks.',
      'Admin: named in your strategy, not expressed in any reflection or experiment in these weeks.',
      'Building: expressed in 2 experiments, in 3 of 4 weeks.',
    ]);
    expect(lived[2]?.experiments).toEqual([
      { id: 'shadow', title: 'Shadow a data team' },
      { id: 'course', title: 'Evening course' },
    ]);
    expect(lived[2]?.entries).toEqual([]);
  });

  it('lists the experiments that ran in the range with their own ratings, highest energy first', () => {
    const experimentRuns = [
      { id: 'a', title: 'Evening course', valueIds: [], from: '2024-03-02', to: '2024-03-09', energy: 3, engagement: 5 },
      { id: 'b', title: 'Shadow a data team', valueIds: [], from: '2024-03-12', to: null, energy: 5, engagement: 4 },
      { id: 'c', title: 'Unrated try', valueIds: [], from: '2024-03-12', to: '2024-03-14', energy: null, engagement: null },
      { id: 'd', title: 'Last year’s try', valueIds: [], from: '2023-05-01', to: '2023-06-01', energy: 5, engagement: 5 },
    ];
    const insight = computeInsight([entry('2024-03-04'), entry('2024-03-28')], { ...names, experimentRuns }, { period: 'week', from: '2024-03-04', to: '2024-03-31' });
    expect(insight.experimentsRated).toEqual([
      { id: 'b', title: 'Shadow a data team', energy: 5, engagement: 4 },
      { id: 'a', title: 'Evening course', energy: 3, engagement: 5 },
    ]);
  });

  it('keeps to its range: a reflection outside it is in no figure', () => {
    const insight = computeInsight([entry('2024-02-29', { energy: 1, valueIds: ['teaching'] }), entry('2024-03-01', { energy: 5 })], names, march);
    expect(insight.entries.map((listed) => listed.date)).toEqual(['2024-03-01']);
    expect(insight.factors).toEqual([]);
  });

  it('for any journal, each comparison splits the rated days in two and every figure lists exactly what it counts', () => {
    fc.assert(
      fc.property(journalArb, fc.constantFrom(...insightPeriods), (entries, period) => {
        const insight = computeInsight(entries, names, { period, from: '2024-01-01', to: '2025-12-31' });
        for (const measure of measures) {
          const rated = entries.filter((listed) => listed[measure] !== null);
          const all = rated.reduce((sum, listed) => sum + (listed[measure] ?? 0), 0);
          for (const factor of associations(entries, names)) {
            const comparison = factor[measure];
            const carries = (listed: (typeof entries)[number]) =>
              [...listed.valueIds, ...listed.tags, ...listed.experimentIds, ...listed.personIds].includes(factor.id);
            const expected = entries.flatMap((listed, index) => (listed[measure] !== null && carries(listed) ? [index] : []));
            expect(comparison.entries).toEqual(expected);
            expect(comparison.with.rated + comparison.rest.rated).toBe(rated.length);
            const sumWith = (comparison.with.mean ?? 0) * comparison.with.rated;
            const sumRest = (comparison.rest.mean ?? 0) * comparison.rest.rated;
            expect(sumWith + sumRest).toBeCloseTo(all, 6);
            for (const mean of [comparison.with.mean, comparison.rest.mean]) if (mean !== null) expect(mean).toBeGreaterThanOrEqual(1 - 1e-9);
            if (comparison.claim) expect(Math.min(comparison.with.rated, comparison.rest.rated)).toBeGreaterThanOrEqual(MIN_ENTRIES_FOR_CLAIM);
          }
        }
        const counted = associations(entries, names);
        expect(insight.factors.map((factor) => factor.id)).toEqual(counted.map((factor) => factor.id));
        for (const sentence of insight.sentences) {
          const factor = counted.find((candidate) => candidate.id === sentence.id && candidate.kind === sentence.kind);
          expect(sentence.entries).toEqual(factor?.[sentence.measure].entries);
          expect(sentence.text).toContain(`(${sentence.entries.length} ${sentence.entries.length === 1 ? 'entry' : 'entries'})`);
        }
        for (const value of insight.valuesLived) {
          expect(value.entries).toEqual(entries.flatMap((listed, index) => (listed.valueIds.includes(value.valueId) ? [index] : [])));
        }
      }),
    );
  });
});
