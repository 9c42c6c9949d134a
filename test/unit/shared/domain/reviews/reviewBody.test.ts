// A review's body: the period's highest and lowest energy, values lived and not, tags, experiments, follow-ups and
// strategy versions, then the method's questions; an empty section says so, and earlier reviews are never counted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Experiment } from '../../../../../shared/domain/experiment';
import type { ListedEntry } from '../../../../../shared/domain/insight/insight';
import { reviewBody, type ReviewData } from '../../../../../shared/domain/reviews/reviewBody';
import { reviewPeriod } from '../../../../../shared/domain/reviews/reviewPeriod';
import { entry, names } from '../insight/insightFixtures';

const week = reviewPeriod('week', '2026-12-06', '2026-12-06');
const quarter = reviewPeriod('quarter', '2026-12-06', '2026-12-06');
const stamp = '2026-11-01T09:00:00.000Z';

function experiment(fields: Partial<Experiment>): Experiment {
  return {
    id: 'e1', title: 'Talk to three analysts', kind: 'informational_conversation', hypothesis: '', successCriteria: 'Two say yes',
    stopCriteria: 'Nobody answers', plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null, status: 'idea',
    dropReason: '', outcome: '', learning: '', energy: null, engagement: null, valueIds: [], people: [], places: [],
    createdAt: stamp, updatedAt: stamp, ...fields,
  };
}

const empty: ReviewData = { entries: [], names: { ...names, values: [] }, experiments: [], versions: [] };

/** The lines of one section: from its heading to the next blank line. */
function section(body: string, heading: string): string | undefined {
  return body.split(`${heading}\n\n`)[1]?.split('\n\n')[0];
}

const headings = (body: string) => body.split('\n').filter((line) => line.startsWith('#'));

describe('a review’s body', () => {
  it('keeps every section in an empty week, each saying in one line that it has nothing', () => {
    const body = reviewBody(week, empty);
    expect(headings(body)).toEqual([
      '## Energy', '### Highest energy', '### Lowest energy', '### What went with it', '## Values', '### Lived', '### Not lived',
      '## Tags', '## Experiments', '### Started', '### Concluded', '## People to follow up', '## What changed in the strategy',
      '## Questions', '### Activities', '### Environments', '### Interactions', '### Objects', '### Users',
      '### What gave me energy, what drained it?',
    ]);
    expect(section(body, '### Lowest energy')).toBe('None rated.');
    expect(section(body, '### Lived')).toBe('Your strategy names no values yet.');
    expect(section(body, '## Tags')).toBe('No reflection this week was tagged.');
    expect(section(body, '### Concluded')).toBe('No experiment concluded this week.');
    expect(section(body, '## People to follow up')).toBe('No follow-up is due.');
    expect(section(body, '## What changed in the strategy')).toBe('No new version of the strategy was saved this week.');
  });

  it('names the highest- and lowest-energy reflections, values lived and not, tags and the week’s experiments', () => {
    const entries: ListedEntry[] = [
      entry('2026-11-30', { title: 'Ran the data workshop', energy: 5, engagement: 4, valueIds: ['teaching'], tags: ['teaching'] }),
      entry('2026-12-01', { title: '', lead: '## Budget day\nspreadsheets', energy: 1, tags: ['admin', 'teaching'] }),
      entry('2026-12-02', { title: 'Mentoring hour', energy: 5, engagement: 5, valueIds: ['teaching'] }),
      entry('2026-12-06', { title: 'Weekly review, 23 – 29 Nov', energy: 1, tags: ['Review'] }),
    ];
    const experiments = [
      experiment({ status: 'concluded', actualStart: '2026-11-02', actualEnd: '2026-12-03', learning: 'Teaching is central.\nPairing too.', people: [
        { id: 'p1', experimentId: 'e1', name: 'Priya', where: '', notes: '', learned: '', canGive: '', followUpDate: '2026-12-09', createdAt: stamp, updatedAt: stamp },
      ] }),
      experiment({ id: 'e2', title: 'Evening course', status: 'running', actualStart: '2026-12-01' }),
    ];
    const body = reviewBody(week, { entries, names, experiments, versions: [{ createdAt: '2026-12-02T10:00:00.000Z', changeNote: 'Teaching to the centre' }] });
    expect(body.split('\n')[0]).toBe('_From your journal, Mon 30 Nov – Sun 6 Dec: 3 reflections, earlier reviews left out._');
    expect(section(body, '## Energy')).toBe('Mean energy 3.7 (3 rated) and engagement 4.5 (2 rated), over 3 reflections.');
    expect(section(body, '### Highest energy')).toBe(
      '- **Mentoring hour** — Wed 2 Dec · energy 5, engagement 5\n- **Ran the data workshop** — Mon 30 Nov · energy 5, engagement 4',
    );
    expect(section(body, '### Lowest energy')).toBe('- **Budget day** — Tue 1 Dec · energy 1');
    expect(section(body, '### Lived')).toBe('- Teaching: expressed in 2 reflections.\n  - Ran the data workshop, Mon 30 Nov\n  - Mentoring hour, Wed 2 Dec');
    expect(section(body, '### Not lived')).toBe('- Admin\n- Building');
    expect(section(body, '## Tags')).toBe('teaching (2), admin (1)');
    expect(section(body, '### Started')).toBe('- **Evening course** — started Tue 1 Dec (now running)');
    expect(body).toContain('- **Talk to three analysts** — concluded Thu 3 Dec\n\n  Learning: Teaching is central.\n  Pairing too.');
    expect(section(body, '## People to follow up')).toBe('- **Priya**, for Talk to three analysts — due Wed 9 Dec');
    expect(section(body, '## What changed in the strategy')).toBe('- Version saved Wed 2 Dec: Teaching to the centre');
  });

  it('asks a quarter about the market and the strategy, with values lived counted in weeks', () => {
    const body = reviewBody(quarter, { ...empty, names, entries: [entry('2026-10-05', { title: 'Filing', valueIds: ['admin'] })] });
    expect(headings(body).slice(-3)).toEqual([
      '## Questions',
      '### What is the market telling me, and what am I telling myself?',
      '### Does my strategy need a new version?',
    ]);
    expect(section(body, '### Lived')).toBe('- Admin: expressed in 1 reflection, in 1 of 14 weeks.\n  - Filing, Mon 5 Oct');
    expect(section(body, '### Lowest energy')).toBe('None rated.');
  });

  it('says when every rated reflection had the same energy, and how many more tie at the top', () => {
    const entries = [1, 2, 3, 4, 5].map((day) => entry(`2026-12-0${day}`, { energy: 4 }));
    const body = reviewBody(week, { ...empty, entries });
    expect(section(body, '### Highest energy')?.split('\n')).toHaveLength(4);
    expect(section(body, '### Highest energy')).toContain('- …and 2 more at energy 4.');
    expect(section(body, '### Lowest energy')).toBe('Every rated reflection this week had the same energy (4).');
  });

  it('lists only top and bottom energy, never a review, whatever the week holds', () => {
    const day = fc.integer({ min: 0, max: 8 }).map((offset) => new Date(Date.UTC(2026, 10, 29 + offset)).toISOString().slice(0, 10));
    const rows = fc.array(
      fc.record({ date: day, energy: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), review: fc.boolean() }),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(rows, (drawn) => {
        const entries = drawn
          .map((row, index) => entry(row.date, { title: `${row.review ? 'Review' : 'Entry'} ${index}`, energy: row.energy, tags: row.review ? ['review'] : [] }))
          .sort((a, b) => a.date.localeCompare(b.date));
        const body = reviewBody(week, { ...empty, entries });
        expect(body).not.toMatch(/Review \d/);
        const counted = entries.filter((e) => !e.tags.includes('review') && e.date >= week.firstDay && e.date <= week.lastDay);
        const rated = counted.flatMap((e) => (e.energy === null ? [] : [e.energy]));
        const listed = (heading: string) => [...(section(body, heading) ?? '').matchAll(/· energy (\d)/g)].map((match) => Number(match[1]));
        expect(listed('### Highest energy').every((energy) => energy === Math.max(...rated))).toBe(true);
        expect(listed('### Lowest energy').every((energy) => energy === Math.min(...rated))).toBe(true);
        expect(listed('### Highest energy').length).toBe(Math.min(3, rated.filter((energy) => energy === Math.max(...rated)).length));
        expect(headings(body)).toHaveLength(20);
      }),
    );
  });
});
