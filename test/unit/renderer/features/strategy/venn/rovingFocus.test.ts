// The diagram's roving Tab stops: arrows go round the group, and the stop stays where focus last was while it can.
import { describe, expect, it } from 'vitest';
import { rovingIndex, tabStop } from '../../../../../../renderer/features/strategy/venn/rovingFocus';

describe('rovingIndex', () => {
  it('goes to the next item with Right or Down and the previous with Left or Up, round both ends', () => {
    expect(rovingIndex('ArrowRight', 0, 3)).toBe(1);
    expect(rovingIndex('ArrowDown', 2, 3)).toBe(0);
    expect(rovingIndex('ArrowLeft', 0, 3)).toBe(2);
    expect(rovingIndex('ArrowUp', 1, 3)).toBe(0);
    expect(rovingIndex('Home', 2, 3)).toBe(0);
    expect(rovingIndex('End', 0, 3)).toBe(2);
  });

  it('ignores other keys and empty groups', () => {
    expect(rovingIndex('Enter', 0, 3)).toBeNull();
    expect(rovingIndex('ArrowRight', 0, 0)).toBeNull();
  });
});

describe('tabStop', () => {
  const items = [{ key: 'a' }, { key: 'b' }, { key: 'c' }];
  it('stays on the item last focused while it is there, and falls back to the first', () => {
    expect(tabStop(items, (item) => item.key, 'b')).toBe('b');
    expect(tabStop(items, (item) => item.key, 'gone')).toBe('a');
    expect(tabStop(items, (item) => item.key, null)).toBe('a');
    expect(tabStop([], (item: { key: string }) => item.key, 'a')).toBeNull();
  });
});
