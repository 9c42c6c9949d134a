// Small journal helpers: word counts, plain-text excerpts, prompt grouping and shuffle, finding a search match in an
// entry, and shortcuts in each platform's notation.
import { describe, expect, it } from 'vitest';
import type { Prompt } from '../../../../../shared/domain/prompts';
import { locateMatch } from '../../../../../renderer/features/journal/findMatch';
import { groupPrompts, shufflePrompt } from '../../../../../renderer/features/journal/promptChoice';
import { displayTitle, excerpt } from '../../../../../renderer/features/journal/reflectionText';
import { displayKeys, shortcutFor } from '../../../../../renderer/features/journal/shortcuts';
import { countWords, wordCountLabel } from '../../../../../renderer/features/journal/textStats';

const prompt = (id: string, group: string, hidden = false): Prompt => ({ id, group, text: `Text ${id}`, builtIn: true, hidden });

describe('word count', () => {
  it('counts words in any script, with apostrophes and hyphens inside words', () => {
    expect(countWords('')).toBe(0);
    expect(countWords("Today I didn't over-plan — I built.")).toBe(6);
    expect(countWords('Ça marche, 東京 2026')).toBe(4);
    expect(wordCountLabel(1)).toBe('1 word');
    expect(wordCountLabel(1200)).toMatch(/^1[,.\s\u202f]?200 words$/);
  });
});

describe('list text', () => {
  it('shows Markdown as it reads, without marks or link addresses', () => {
    const reflection = { title: 'Coffee', body: 'She turns **messy data** into [decisions](https://x.example) people _trust_.' };
    expect(excerpt(reflection)).toBe('She turns messy data into decisions people trust.');
    expect(displayTitle({ title: '', body: '\n## A *good* day\nmore' })).toBe('A good day');
  });
});

describe('prompts', () => {
  const prompts = [prompt('a', 'Experiments'), prompt('b', 'Aspiration'), prompt('c', 'Aspiration', true), prompt('d', 'Mine'), prompt('e', 'Aspiration')];

  it('groups visible prompts in the method’s order, the person’s own groups last', () => {
    expect(groupPrompts(prompts).map((group) => [group.group, group.prompts.map((p) => p.id)])).toEqual([
      ['Aspiration', ['b', 'e']],
      ['Experiments', ['a']],
      ['Mine', ['d']],
    ]);
  });

  it('shuffles within a group to a different visible prompt', () => {
    for (const random of [0, 0.5, 0.99]) {
      const next = shufflePrompt(prompts, 'Aspiration', 'b', random);
      expect(next?.id).toBe('e');
    }
    expect(shufflePrompt(prompts, 'Experiments', 'a', 0.3)?.id).toBe('a');
    expect(shufflePrompt(prompts, 'Nothing here', null, 0.3)).toBeNull();
  });
});

describe('finding a search match', () => {
  it('finds the highlighted words ignoring case, or reports none', () => {
    expect(locateMatch('A lighthouse, not a map.', 'Lighthouse')).toEqual({ from: 2, to: 12 });
    expect(locateMatch('Nothing relevant', 'lighthouse')).toBeNull();
    expect(locateMatch('anything', '  ')).toBeNull();
  });
});

describe('shortcuts', () => {
  const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}, code?: string) => ({
    key,
    code,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });

  it('uses Cmd on macOS and Ctrl elsewhere', () => {
    expect(shortcutFor(press(']', { metaKey: true }), true, 'electron')?.command).toBe('next-reflection');
    expect(shortcutFor(press(']', { ctrlKey: true }), true, 'electron')).toBeUndefined();
    expect(shortcutFor(press(']', { ctrlKey: true }), false, 'browser')?.command).toBe('next-reflection');
    expect(shortcutFor(press('F', { ctrlKey: true, shiftKey: true }), false, 'browser')?.command).toBe('go-search');
    expect(shortcutFor(press('f', { ctrlKey: true }), false, 'browser')).toBeUndefined();
  });

  it('offers Alt+N for a new entry in the browser, where Ctrl+N belongs to the browser, by physical key', () => {
    expect(shortcutFor(press('˜', { altKey: true }, 'KeyN'), true, 'browser')?.command).toBe('new-reflection');
    expect(shortcutFor(press('n', { ctrlKey: true }), false, 'electron')?.command).toBe('new-reflection');
  });

  it('switches views with Alt+digit in the browser (Ctrl+digit switches tabs there) and Mod+digit in the desktop app', () => {
    expect(shortcutFor(press('¡', { altKey: true }, 'Digit1'), true, 'browser')?.command).toBe('go-journal');
    expect(shortcutFor(press('2', { altKey: true }, 'Digit2'), false, 'browser')?.command).toBe('go-strategy');
    expect(shortcutFor(press('3', { metaKey: true }), true, 'electron')?.command).toBe('go-experiments');
    expect(shortcutFor(press('4', { ctrlKey: true }), false, 'browser')).toBeUndefined();
  });

  it('takes ? however the layout types it', () => {
    expect(shortcutFor(press('?', { shiftKey: true }), false, 'browser')?.command).toBe('show-shortcuts');
  });

  it('shows keys in the platform’s notation', () => {
    expect(displayKeys('Mod+Shift+F', true)).toBe('⌘⇧F');
    expect(displayKeys('Mod+Shift+F', false)).toBe('Ctrl+Shift+F');
  });
});
