// An import the page follows: progress in order with counts, ending in done, failed or cancelled; a cancelled one imports nothing.
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../../electron/core/core';
import { progressPhases, type Progress } from '../../../../../shared/progress';
import type { ImportRequest } from '../../../../../shared/domain/interchange/importRequest';
import { call, failure, startCore } from '../coreFixture';
import { dayOneRequest, IMPORT_JOB } from './dayOneRequest';

let core: Core;
afterEach(() => core?.close());

const JOB = IMPORT_JOB;
const dayOne = (count: number) => dayOneRequest(count, { tagged: true });

function follow(target: Core): Progress[] {
  const events: Progress[] = [];
  target.onProgress((progress) => events.push(progress));
  return events;
}

/** Phases never go back, counts never shrink within one, and exactly the last event is not running. */
function expectOrdered(events: Progress[]): void {
  expect(events.length).toBeGreaterThan(1);
  expect(events.every((event) => event.jobId === JOB)).toBe(true);
  expect(events.slice(0, -1).every((event) => event.state === 'running')).toBe(true);
  events.slice(1).forEach((event, index) => {
    const before = events[index]!;
    const phaseStep = progressPhases.indexOf(event.phase) - progressPhases.indexOf(before.phase);
    expect(phaseStep).toBeGreaterThanOrEqual(0);
    if (phaseStep === 0) expect(event.done).toBeGreaterThanOrEqual(before.done);
  });
}

async function entryCount(): Promise<number> {
  const { reflectionDays } = await call(core, 'timeline.summary', {});
  return reflectionDays.reduce((sum, day) => sum + day.count, 0);
}

describe('import progress', () => {
  it('reports reading, checking and writing in order with counts, and ends in done with everything written', async () => {
    core = startCore();
    const events = follow(core);
    const result = await call(core, 'import.run', dayOne(2500));
    expect(result.imported).toBe(2500);
    expectOrdered(events);
    expect(events.map((event) => event.phase).filter((phase, index, all) => all.indexOf(phase) === index)).toEqual(['reading', 'checking', 'writing']);
    const writing = events.filter((event) => event.phase === 'writing' && event.state === 'running');
    expect(writing.at(-1)).toMatchObject({ done: 2500, total: 2500, cancellable: false });
    expect(events.at(-1)).toMatchObject({ state: 'done', done: 2500, total: 2500, remainingMs: 0 });
    expect(await entryCount()).toBe(2500);
  });

  it('is cancellable until the writing starts: a cancelled import ends in cancelled and imports nothing', async () => {
    core = startCore();
    const events = follow(core);
    const cancels: Promise<unknown>[] = [];
    core.onProgress((progress) => {
      if (progress.phase === 'reading' && cancels.length === 0) cancels.push(call(core, 'jobs.cancel', { jobId: JOB }));
    });
    const refused = await failure(core, 'import.run', dayOne(300));
    expect(refused).toEqual({ code: 'CANCELLED', message: 'The import was cancelled; nothing was imported.' });
    expect(await cancels[0]).toEqual({ cancelled: true });
    expectOrdered(events);
    expect(events.at(-1)).toMatchObject({ state: 'cancelled' });
    expect(await entryCount()).toBe(0);
  });

  it('cannot be cancelled once it writes: the cancel says so and every entry is imported', async () => {
    core = startCore();
    const answers: Promise<unknown>[] = [];
    core.onProgress((progress) => {
      if (progress.phase === 'writing' && answers.length === 0) answers.push(call(core, 'jobs.cancel', { jobId: JOB }));
    });
    expect((await call(core, 'import.run', dayOne(300))).imported).toBe(300);
    expect(await answers[0]).toEqual({ cancelled: false });
    expect(await entryCount()).toBe(300);
  });

  it('ends in failed when the file is refused, with nothing imported', async () => {
    core = startCore();
    const events = follow(core);
    const broken: ImportRequest = { source: 'day-one', file: { name: 'Journal.json', base64: Buffer.from('{"entries": [').toString('base64') }, jobId: JOB };
    expect((await failure(core, 'import.run', broken)).code).toBe('VALIDATION');
    expect(events.map((event) => event.state)).toEqual(['running', 'failed']);
    expect(await entryCount()).toBe(0);
  });
});
