// Pure analysis of a Chrome trace: main-thread work between consecutive input events on the page's renderer thread.

export interface TraceEvent {
  name: string;
  ph: string;
  /** Microseconds. */
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

interface Span {
  ts: number;
  end: number;
  dur: number;
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/** Used only when a trace has no task events at all (other Chromium builds name them differently). */
const FALLBACK_NAMES = new Set(['FunctionCall']);

const threadKey = (event: Pick<TraceEvent, 'pid' | 'tid'>) => `${event.pid}:${event.tid}`;

/** Renderer main threads by their thread_name metadata. */
export function rendererMainThreads(events: readonly TraceEvent[]): Set<string> {
  return new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(threadKey));
}

/** Complete events with these names that are not nested in another one: nested ones are already in their parent's time. */
export function topLevelSpans(events: readonly TraceEvent[], names: ReadonlySet<string>): Span[] {
  const spans = events
    .filter((e) => e.ph === 'X' && names.has(e.name) && typeof e.dur === 'number')
    .map((e) => ({ ts: e.ts, end: e.ts + e.dur!, dur: e.dur! }))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const top: Span[] = [];
  let coveredUntil = -Infinity;
  for (const span of spans) {
    if (span.ts >= coveredUntil) {
      top.push(span);
      coveredUntil = span.end;
    }
  }
  return top;
}

/**
 * Milliseconds of main-thread work caused by each input: the top-level tasks from the task that dispatched one input
 * up to the task that dispatched the next. The last input has no closing boundary, so n inputs give n - 1 figures.
 */
export function workPerInput(events: readonly TraceEvent[], inputTypes: readonly string[]): number[] {
  const mains = rendererMainThreads(events);
  const wanted = new Set(inputTypes);
  const dispatches = new Map<string, TraceEvent[]>();
  for (const event of events) {
    if (event.name !== 'EventDispatch' || !wanted.has(event.args?.data?.type ?? '') || !mains.has(threadKey(event))) continue;
    dispatches.set(threadKey(event), [...(dispatches.get(threadKey(event)) ?? []), event]);
  }
  const [thread, inputs] = [...dispatches].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (!thread || !inputs) return [];
  const onThread = events.filter((event) => threadKey(event) === thread);
  let tasks = topLevelSpans(onThread, TASK_NAMES);
  if (tasks.length === 0) tasks = topLevelSpans(onThread, FALLBACK_NAMES);

  const boundaries = [
    ...new Set(inputs.map((input) => tasks.find((task) => task.ts <= input.ts && input.ts < task.end)?.ts ?? input.ts)),
  ].sort((a, b) => a - b);
  const work: number[] = [];
  for (let index = 0; index + 1 < boundaries.length; index += 1) {
    const from = boundaries[index]!;
    const to = boundaries[index + 1]!;
    const micros = tasks.filter((task) => task.ts >= from && task.ts < to).reduce((sum, task) => sum + task.dur, 0);
    work.push(micros / 1000);
  }
  return work;
}
