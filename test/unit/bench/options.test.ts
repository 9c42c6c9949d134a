// Bench arguments: which groups run, and --only=renderer:timeline narrowing the renderer group to the timeline.
import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../test/bench/options';

describe('parseBenchArgs', () => {
  it('runs every group, all of the renderer group, by default', () => {
    const options = parseBenchArgs([]);
    expect([...options.groups].sort()).toEqual(['bundle', 'renderer', 'store']);
    expect(options.rendererTimelineOnly).toBe(false);
  });

  it('runs only the named groups', () => {
    const options = parseBenchArgs(['--only=store,bundle']);
    expect([...options.groups].sort()).toEqual(['bundle', 'store']);
  });

  it('narrows the renderer group to the timeline with renderer:timeline', () => {
    const options = parseBenchArgs(['--quick', '--only=renderer:timeline']);
    expect([...options.groups]).toEqual(['renderer']);
    expect(options.rendererTimelineOnly).toBe(true);
  });

  it('runs the whole renderer group when it is named as well as renderer:timeline', () => {
    const options = parseBenchArgs(['--only=renderer,renderer:timeline']);
    expect([...options.groups]).toEqual(['renderer']);
    expect(options.rendererTimelineOnly).toBe(false);
  });

  it('rejects an unknown group, naming the ones it knows', () => {
    expect(() => parseBenchArgs(['--only=renderer:venn'])).toThrow(/renderer:timeline/);
  });
});
