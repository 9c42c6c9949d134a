// Main-thread work per input is read from the page's renderer thread only, counting each task once.
import { describe, expect, it } from 'vitest';
import { rendererMainThreads, topLevelSpans, workPerInput, type TraceEvent } from '../../../test/bench/renderer/traceWork';

const main = { pid: 10, tid: 1 };
const other = { pid: 20, tid: 1 };
const meta = (where: { pid: number; tid: number }, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', ts: 0, ...where, args: { name } });
const task = (ts: number, dur: number, where = main, name = 'RunTask'): TraceEvent => ({ name, ph: 'X', ts, dur, ...where });
const input = (ts: number, type = 'pointermove', where = main): TraceEvent => ({ name: 'EventDispatch', ph: 'X', ts, dur: 50, ...where, args: { data: { type } } });

describe('trace work per input', () => {
  it('finds renderer main threads by name', () => {
    expect([...rendererMainThreads([meta(main, 'CrRendererMain'), meta(other, 'CrBrowserMain')])]).toEqual(['10:1']);
  });

  it('keeps only top-level tasks, so nested work is not counted twice', () => {
    expect(topLevelSpans([task(0, 1000), task(100, 200), task(2000, 500)], new Set(['RunTask']))).toEqual([
      { ts: 0, end: 1000, dur: 1000 },
      { ts: 2000, end: 2500, dur: 500 },
    ]);
  });

  it('sums the tasks from one input’s task to the next, in milliseconds', () => {
    const events = [
      meta(main, 'CrRendererMain'),
      task(1000, 2000),
      input(1100),
      task(4000, 3000),
      task(10_000, 1000),
      input(10_010),
      task(12_000, 500),
      task(20_000, 100),
      input(20_001),
    ];
    expect(workPerInput(events, ['pointermove'])).toEqual([5, 1.5]);
  });

  it('counts an input once when several event types share its task, and ignores other threads and types', () => {
    const events = [
      meta(main, 'CrRendererMain'),
      meta(other, 'CrRendererMain'),
      task(0, 1000),
      input(10, 'pointermove'),
      input(20, 'mousemove'),
      task(5000, 2000),
      input(5010, 'pointermove'),
      input(5020, 'mousemove'),
      input(5030, 'wheel'),
      task(7000, 9000, other),
      input(7010, 'pointermove', other),
    ];
    expect(workPerInput(events, ['pointermove', 'mousemove'])).toEqual([1]);
  });

  it('returns nothing when the trace holds no such input', () => {
    expect(workPerInput([meta(main, 'CrRendererMain'), task(0, 10)], ['wheel'])).toEqual([]);
  });
});
