// Hebrew and Arabic run right to left wherever people write and read them: each line of the editor, each block of
// the preview, and the one-line fields, beside English lines that stay left to right.
import type { Locator, Page } from '@playwright/test';
import { callApi } from './support/api';
import { expect, test } from './support/fixtures';

const HEBREW = 'היום למדתי משהו חדש על הצוות';
const ARABIC = 'تعلمت اليوم شيئا جديدا';
const ENGLISH = 'Then back to English notes.';

/** Which side of its line a piece of text sits on: the gap to the line's left edge against the gap to its right. */
async function sideOf(line: Locator, text: string): Promise<'left' | 'right'> {
  return line.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const text = range.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      return text.left - box.left < box.right - text.right ? 'left' : 'right';
    }
    throw new Error(`"${wanted}" is not in the line`);
  }, text);
}

const editorLine = (page: Page, text: string) => page.locator('.cm-line', { hasText: text });

test('right-to-left lines read right to left in the editor, the preview and the title, beside left-to-right ones', async ({ page, host }) => {
  await callApi(host, 'reflections.create', { entryDate: '2026-03-14', title: HEBREW, body: `${HEBREW}\n\n${ENGLISH}\n\n${ARABIC}` });
  await page.goto(host.url);
  await page.getByRole('list', { name: 'Reflections, newest first' }).getByRole('button').first().click();

  await expect(page.getByLabel('Title')).toHaveValue(HEBREW);
  expect(await page.getByLabel('Title').evaluate((input) => getComputedStyle(input).direction)).toBe('rtl');
  expect(await sideOf(editorLine(page, HEBREW), HEBREW.slice(0, 8))).toBe('right');
  expect(await sideOf(editorLine(page, ARABIC), ARABIC.slice(0, 8))).toBe('right');
  expect(await sideOf(editorLine(page, ENGLISH), 'Then back')).toBe('left');

  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('document', { name: 'Preview' });
  expect(await sideOf(preview.locator('p', { hasText: HEBREW }), HEBREW.slice(0, 8))).toBe('right');
  expect(await sideOf(preview.locator('p', { hasText: ARABIC }), ARABIC.slice(0, 8))).toBe('right');
  expect(await sideOf(preview.locator('p', { hasText: ENGLISH }), 'Then back')).toBe('left');
});
