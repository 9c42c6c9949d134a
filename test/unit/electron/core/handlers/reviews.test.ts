// reviews.create: a week's review written from what the journal holds, as an ordinary reflection tagged `review`.
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../../electron/core/core';
import { call, failure, startCore } from '../coreFixture';

let core: Core | undefined;
afterEach(() => {
  core?.close();
  core = undefined;
});

/** Sunday 6 December 2026, mid-afternoon where the tests run: the last day of the week 30 Nov – 6 Dec. */
const sunday = () => new Date(2026, 11, 6, 15, 0);

async function seedWeek(journal: Core) {
  const teaching = await call(journal, 'values.create', { label: 'Teaching' });
  await call(journal, 'values.create', { label: 'Simplifying' });
  const create = (fields: Parameters<typeof call<'reflections.create'>>[2]) => call(journal, 'reflections.create', fields);
  await create({ entryDate: '2026-11-30', title: 'Ran the data workshop', energy: 5, engagement: 5, valueIds: [teaching.id], tags: ['teaching'] });
  await create({ entryDate: '2026-12-01', title: 'Ordinary Tuesday', energy: 3, engagement: 3 });
  await create({ entryDate: '2026-12-03', title: 'Quarterly budget spreadsheets', energy: 1, engagement: 2, tags: ['admin'] });
  await create({ entryDate: '2026-11-29', title: 'Last Sunday, another week', energy: 1 });
  await create({ entryDate: '2026-12-07', title: 'Next Monday', energy: 5 });
  const experiment = await call(journal, 'experiments.create', {
    title: 'Talk to three analysts',
    successCriteria: 'Two say yes',
    stopCriteria: 'Nobody answers',
    status: 'running',
    actualStart: '2026-12-02',
  });
  await call(journal, 'experiments.people.create', { experimentId: experiment.id, name: 'Priya', followUpDate: '2026-12-04' });
  await call(journal, 'experiments.people.create', { experimentId: experiment.id, name: 'Sam', followUpDate: '2027-02-01' });
  return { experiment };
}

describe('reviews.create', () => {
  it('writes the week’s top and bottom reflections and the follow-ups due into a review dated its Sunday', async () => {
    const journal = (core = startCore(undefined, { clock: sunday }));
    await seedWeek(journal);

    const review = await call(journal, 'reviews.create', { kind: 'week' });
    expect(review).toMatchObject({ entryDate: '2026-12-06', title: 'Weekly review, 30 Nov – 6 Dec 2026', tags: ['review'], promptId: 'library-review-1' });
    const section = (heading: string) => review.body.split(`${heading}\n\n`)[1]?.split('\n\n')[0];
    expect(section('### Highest energy')).toBe('- **Ran the data workshop** — Mon 30 Nov · energy 5, engagement 5');
    expect(section('### Lowest energy')).toBe('- **Quarterly budget spreadsheets** — Thu 3 Dec · energy 1, engagement 2');
    expect(section('## People to follow up')).toBe('- **Priya**, for Talk to three analysts — missed, due Fri 4 Dec');
    expect(section('### Started')).toBe('- **Talk to three analysts** — started Wed 2 Dec (now running)');
    expect(section('### Lived')).toBe('- Teaching: expressed in 1 reflection.\n  - Ran the data workshop, Mon 30 Nov');
    expect(section('### Not lived')).toBe('- Simplifying');
    expect(review.body).not.toContain('Last Sunday');
    expect(review.body).not.toContain('Next Monday');
    expect(review.body).toContain('### Interactions');

    // An ordinary reflection: listed, marked on the calendar, and left out of the next review's figures.
    expect(await call(journal, 'reflections.calendar', { from: '2026-12-06', to: '2026-12-06' })).toEqual([{ date: '2026-12-06', count: 1, reviews: 1 }]);
    const again = await call(journal, 'reviews.create', { kind: 'week' });
    expect(again.body).toContain('3 reflections, earlier reviews left out');
  });

  it('dates a review of a period not over yet today, and refuses a day after today', async () => {
    const journal = (core = startCore(undefined, { clock: sunday }));
    await seedWeek(journal);
    const quarter = await call(journal, 'reviews.create', { kind: 'quarter' });
    expect(quarter).toMatchObject({ entryDate: '2026-12-06', title: 'Quarterly review, Q4 2026', promptId: 'library-review-2' });
    expect(quarter.body).toContain('### What is the market telling me, and what am I telling myself?');
    expect(quarter.body).toContain('- **Ran the data workshop** — Mon 30 Nov · energy 5, engagement 5');
    const lastYear = await call(journal, 'reviews.create', { kind: 'year', endingOn: '2025-06-01' });
    expect(lastYear).toMatchObject({ entryDate: '2025-12-31', title: 'Yearly review, 2025' });
    expect(lastYear.body).toContain('No reflection this year was rated for energy.');
    expect((await failure(journal, 'reviews.create', { kind: 'week', endingOn: '2026-12-07' })).code).toBe('VALIDATION');
  });
});
