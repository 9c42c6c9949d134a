// Undo and redo walk back and forth through layout changes; nudges of one circle merge; shortcuts follow the platform.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commit, historyCommand, redo, startHistory, undo } from '../../../../../../renderer/features/strategy/venn/layoutHistory';

const key = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('layout history', () => {
  it('undoes every commit in reverse order and redoes them forwards', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 30 }), (states) => {
        let history = startHistory(-1);
        for (const state of states) history = commit(history, state);
        for (let i = states.length - 2; i >= -1; i--) {
          history = undo(history);
          expect(history.present).toBe(i >= 0 ? states[i] : -1);
        }
        expect(undo(history)).toBe(history);
        for (const state of states) {
          history = redo(history);
          expect(history.present).toBe(state);
        }
      }),
    );
  });

  it('merges repeated nudges of one circle into one step, and a new change clears redo', () => {
    let history = startHistory('start');
    history = commit(history, 'right 1', 'key:a');
    history = commit(history, 'right 2', 'key:a');
    history = commit(history, 'b moved', 'key:b');
    expect(undo(history).present).toBe('right 2');
    expect(undo(undo(history)).present).toBe('start');
    const branched = commit(undo(history), 'tidied');
    expect(branched.future).toEqual([]);
    expect(redo(branched)).toBe(branched);
  });

  it('maps Mod+Z, Shift+Mod+Z and Ctrl+Y to undo and redo', () => {
    expect(historyCommand(key('z', { ctrlKey: true }), false)).toBe('undo');
    expect(historyCommand(key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(historyCommand(key('y', { ctrlKey: true }), false)).toBe('redo');
    expect(historyCommand(key('z', { metaKey: true }), true)).toBe('undo');
    expect(historyCommand(key('z', { metaKey: true, shiftKey: true }), true)).toBe('redo');
    expect(historyCommand(key('z', { ctrlKey: true }), true)).toBeNull();
    expect(historyCommand(key('z'), false)).toBeNull();
    expect(historyCommand(key('z', { ctrlKey: true, altKey: true }), false)).toBeNull();
  });
});
