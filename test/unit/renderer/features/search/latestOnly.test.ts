// The latest-only runner answers the newest request, runs one at a time, and never shows an overtaken answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestOnly, type Outcome } from '../../../../../renderer/features/search/latestOnly';

/** Requests whose answers the test releases by hand, in any order it likes. */
function manual() {
  const pending: { input: string; release: () => void; fail: () => void }[] = [];
  const answers: [string, Outcome<string>][] = [];
  const runner = latestOnly(
    (input: string) =>
      new Promise<string>((resolve, reject) => {
        pending.push({ input, release: () => resolve(`results for ${input}`), fail: () => reject(new Error(input)) });
      }),
    (input, outcome) => answers.push([input, outcome]),
  );
  return { runner, pending, answers };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('latestOnly', () => {
  it('runs the first request at once, keeps only the newest of those asked meanwhile, and answers only that one', async () => {
    const { runner, pending, answers } = manual();
    for (const typed of ['p', 'pr', 'pri', 'prio']) runner.request(typed);
    expect(pending.map((run) => run.input)).toEqual(['p']);
    pending[0]!.release();
    await settle();
    expect(pending.map((run) => run.input)).toEqual(['p', 'prio']);
    expect(answers).toEqual([]);
    pending[1]!.release();
    await settle();
    expect(answers).toEqual([['prio', { ok: true, value: 'results for prio' }]]);
  });

  it('reports a failure of the newest request, and nothing after a cancel', async () => {
    const { runner, pending, answers } = manual();
    runner.request('x');
    pending[0]!.fail();
    await settle();
    expect(answers[0]![1]).toMatchObject({ ok: false });
    runner.request('y');
    runner.cancel();
    pending[1]!.release();
    await settle();
    expect(answers).toHaveLength(1);
  });

  it('whatever the interleaving of requests and answers, never runs two at once and ends answering the last request', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }), async (steps) => {
        const { runner, pending, answers } = manual();
        let running = 0;
        let asked = 0;
        let last = '';
        for (const isRequest of steps) {
          if (isRequest || pending.length === running) {
            last = `q${asked++}`;
            runner.request(last);
          } else {
            pending[running++]!.release();
            await settle();
          }
          expect(pending.length - running).toBeLessThanOrEqual(1);
        }
        while (running < pending.length) {
          pending[running++]!.release();
          await settle();
        }
        expect(answers.at(-1)?.[0]).toBe(last);
        for (const [input] of answers.slice(0, -1)) expect(input).not.toBe(last);
      }),
    );
  });
});
