// The bench's arguments: --only picks groups, and renderer:<part> narrows the renderer group to some measurements.
import { describe, expect, it } from 'vitest';
import { allGroups, parseBenchArgs } from '../../../test/bench/options';

describe('parseBenchArgs --only', () => {
  it('runs every group and every renderer measurement by default', () => {
    const options = parseBenchArgs([]);
    expect([...options.groups]).toEqual([...allGroups]);
    expect(options.rendererParts).toBeNull();
  });

  it('runs only the named groups', () => {
    const options = parseBenchArgs(['--only=store,bundle']);
    expect([...options.groups]).toEqual(['store', 'bundle']);
  });

  it('narrows the renderer group to the named parts', () => {
    const options = parseBenchArgs(['--quick', '--only=renderer:venn,renderer:search']);
    expect([...options.groups]).toEqual(['renderer']);
    expect([...(options.rendererParts ?? [])]).toEqual(['venn', 'search']);
  });

  it('runs the whole renderer group when it is named whole as well as by part', () => {
    expect(parseBenchArgs(['--only=renderer:venn,renderer']).rendererParts).toBeNull();
  });

  it('rejects unknown groups and parts, and parts of groups that have none', () => {
    expect(() => parseBenchArgs(['--only=renderers'])).toThrow(/Unknown group "renderers"/);
    expect(() => parseBenchArgs(['--only=renderer:drag'])).toThrow(/Unknown renderer part "drag"/);
    expect(() => parseBenchArgs(['--only=store:search'])).toThrow(/Unknown store part "search"/);
    expect(() => parseBenchArgs(['--only=bundle:js'])).toThrow(/Only the renderer and store groups have parts/);
  });

  it('runs only the autosave-with-history row when the store group is named by that part alone', () => {
    expect(parseBenchArgs(['--only=store:history']).storeHistoryOnly).toBe(true);
    expect(parseBenchArgs(['--only=store:history,store']).storeHistoryOnly).toBe(false);
    expect(parseBenchArgs([]).storeHistoryOnly).toBe(false);
  });

  it('runs only the sync rows when the store group is named by that part alone', () => {
    expect(parseBenchArgs(['--only=store:sync']).storeSyncOnly).toBe(true);
    expect(parseBenchArgs(['--only=store:sync,store']).storeSyncOnly).toBe(false);
    expect(parseBenchArgs([]).storeSyncOnly).toBe(false);
  });

  it('runs only the open row when the store group is named by that part alone', () => {
    expect(parseBenchArgs(['--only=store:open']).storeOpenOnly).toBe(true);
    expect(parseBenchArgs(['--only=store:open,store']).storeOpenOnly).toBe(false);
    expect(parseBenchArgs([]).storeOpenOnly).toBe(false);
  });
});
