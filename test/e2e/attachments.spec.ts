// A photo pasted into an entry is kept in the journal: a thumbnail in the preview, still there after a reload, full size
// in a dialog that Escape closes; a file over 25 MB is refused with the reason and nothing is inserted; axe passes.
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { callApi } from './support/api';
import { expect, test } from './support/fixtures';
import { makeDataDir, startHost } from './support/host';

/** A 96×64 PNG of two colours. */
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAGAAAABACAIAAABqVuVZAAAAh0lEQVR42u3aMQ0AIAwEwBpDA0IwighmdFRDR8olP3/SGz+Ne3YpY81SXu8PQIAAAQIECBAgQIAAAQIECBCgZkC/HVztBwQIECBAgAABAgQIECBAgAAB6gZkMLMoAgIECBAgQIAAAQIECBAgQID8BxnMLIqAAAECBAgQIECAAAECBAgQoLZACV2lDne5krFZAAAAAElFTkSuQmCC';

const editorText = (page: Page) => page.getByLabel('Reflection', { exact: true });

async function scan(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${where}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

async function linkedPhoto(host: Parameters<typeof callApi>[0], title: string) {
  const photo = await callApi<{ sha256: string }>(host, 'attachments.add', { name: 'harbour.png', base64: PNG_BASE64 });
  await callApi(host, 'reflections.create', { entryDate: '2026-11-20', title, body: `Before.\n![harbour.png](attachment:${photo.sha256})` });
}

async function expectThumbnail(page: Page, title: string) {
  await page.getByRole('list', { name: 'Reflections, newest first' }).getByRole('button', { name: new RegExp(title) }).click();
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const thumb = page.getByRole('button', { name: 'harbour.png, open full size' });
  await expect.poll(() => thumb.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(96);
}

/** What a person's paste delivers: a ClipboardEvent carrying the image as a File, on the editor's text. */
async function pasteImage(page: Page, name: string) {
  await editorText(page).evaluate(
    (element, { base64, fileName }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], fileName, { type: 'image/png' }));
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { base64: PNG_BASE64, fileName: name },
  );
}

test('paste a photo, see it, reload, open it full size; a 26 MB file is refused', async ({ page, host }) => {
  test.setTimeout(120_000);
  await callApi(host, 'reflections.create', { entryDate: '2026-11-20', title: 'Harbour walk', body: 'The light on the water.' });
  await page.goto(host.url);
  const list = page.getByRole('list', { name: 'Reflections, newest first' });
  await list.getByRole('button', { name: /Harbour walk/ }).click();
  await editorText(page).click();
  await page.keyboard.press('Control+End');

  await pasteImage(page, 'harbour.png');
  await expect(editorText(page)).toContainText(/!\[harbour\.png\]\(attachment:[0-9a-f]{64}\)/);
  await expect(page.getByRole('button', { name: 'Attach…' })).toHaveAccessibleDescription('up to 25 MB each');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await scan(page, 'editor');

  await page.reload();
  await list.getByRole('button', { name: /Harbour walk/ }).click();
  await expect(editorText(page)).toContainText('The light on the water.');
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const thumb = page.getByRole('button', { name: 'harbour.png, open full size' });
  await expect(thumb).toBeVisible();
  await expect(thumb.locator('img')).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => thumb.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(96);
  await scan(page, 'preview with a thumbnail');

  await thumb.focus();
  await page.keyboard.press('Enter');
  const viewer = page.getByRole('dialog', { name: /harbour\.png/ });
  await expect(viewer).toBeVisible();
  await expect.poll(() => viewer.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(96);
  await scan(page, 'full-size photo');
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
  await expect(thumb).toBeFocused();

  await page.getByRole('button', { name: 'Write', exact: true }).click();
  const before = await editorText(page).textContent();
  await page.getByLabel('Choose photos or files to attach').setInputFiles({
    name: 'interview.mov',
    mimeType: 'video/quicktime',
    buffer: Buffer.alloc(26 * 1024 * 1024, 1),
  });
  await expect(page.getByRole('alert')).toHaveText('“interview.mov” is 26.0 MB; files up to 25 MB can be attached. It was not attached.');
  await expect(editorText(page)).toHaveText(before ?? '');
  const stored = await callApi<{ items: { body: string }[] }>(host, 'reflections.list', { limit: 10 });
  expect(stored.items[0]?.body).toMatch(/^The light on the water\.\n!\[harbour\.png\]\(attachment:[0-9a-f]{64}\)$/);
});

test('a hostile image link in an entry is never loaded, and an attached PDF is offered as a file, not rendered', async ({ page, host }) => {
  const pdf = await callApi<{ sha256: string }>(host, 'attachments.add', {
    name: 'cv.pdf',
    base64: Buffer.from('%PDF-1.4\n% a small file\n').toString('base64'),
  });
  await callApi(host, 'reflections.create', {
    entryDate: '2026-11-21',
    title: 'Hostile',
    body: [
      '![pixel](http://tracker.example/p.png)',
      '![local](file:///etc/passwd)',
      '![inline](data:image/png;base64,' + PNG_BASE64 + ')',
      `![pretend](attachment:${pdf.sha256})`,
      `[cv.pdf](attachment:${pdf.sha256})`,
    ].join('\n\n'),
  });
  await page.goto(host.url);
  await page.getByRole('list', { name: 'Reflections, newest first' }).getByRole('button', { name: /Hostile/ }).click();
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const preview = page.getByRole('document', { name: 'Preview' });
  await expect(preview.locator('a.attachment-file')).toHaveCount(2);
  await expect(preview.locator('img')).toHaveCount(0);
  await expect(preview).toContainText('[pixel]');
  const download = page.waitForEvent('download');
  await preview.getByRole('link', { name: 'cv.pdf' }).first().click();
  expect((await download).suggestedFilename()).toBe('cv.pdf');
});

test('a photo dropped into the text is attached where it was dropped', async ({ page, host }) => {
  await callApi(host, 'reflections.create', { entryDate: '2026-11-22', title: 'Dropped', body: 'A line.' });
  await page.goto(host.url);
  await page.getByRole('list', { name: 'Reflections, newest first' }).getByRole('button', { name: /Dropped/ }).click();
  const text = editorText(page);
  const box = await text.locator('.cm-line').first().boundingBox();
  await text.evaluate(
    (element, { base64, x, y }) => {
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], 'dropped.png', { type: 'image/png' }));
      element.dispatchEvent(new DragEvent('drop', { dataTransfer: data, clientX: x, clientY: y, bubbles: true, cancelable: true }));
    },
    { base64: PNG_BASE64, x: box!.x + box!.width - 1, y: box!.y + box!.height / 2 },
  );
  await expect(text).toContainText(/A line\.!\[dropped\.png\]\(attachment:[0-9a-f]{64}\)/);
  await expect.poll(async () => (await callApi<{ items: { body: string }[] }>(host, 'reflections.list', { limit: 5 })).items[0]?.body).toMatch(
    /^A line\.\n!\[dropped\.png\]\(attachment:[0-9a-f]{64}\)$/,
  );
});

test('export the journal as a zip, import it into a new data folder, and see the photo there', async ({ page, host }) => {
  test.setTimeout(120_000);
  await linkedPhoto(host, 'Harbour walk');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Settings/ }).click();
  const exportCard = page.locator('section.card', { has: page.getByRole('heading', { name: 'Export' }) });
  const download = page.waitForEvent('download');
  await exportCard.getByRole('button', { name: 'Export JSON' }).click();
  const zip = await download;
  expect(zip.suggestedFilename()).toMatch(/^cairn-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(exportCard.getByRole('status')).toContainText('1 photo or file');
  const zipPath = await zip.path();

  const otherDir = makeDataDir();
  const other = await startHost(otherDir);
  try {
    await page.goto(other.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Settings/ }).click();
    const importCard = page.locator('section.card', { has: page.getByRole('heading', { name: 'Import' }) });
    await importCard.getByLabel(/Cairn export/).check();
    await importCard.getByLabel('File to import').setInputFiles({ name: zip.suggestedFilename(), mimeType: 'application/zip', buffer: fs.readFileSync(zipPath) });
    await importCard.getByRole('button', { name: /^Import 1 entry/ }).click();
    await expect(importCard.getByRole('status')).toContainText('Imported 1 entry');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Journal/ }).click();
    await expectThumbnail(page, 'Harbour walk');
  } finally {
    await other.stop();
    fs.rmSync(otherDir, { recursive: true, force: true });
  }
});
