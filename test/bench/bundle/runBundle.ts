// The bundle group: initial renderer JavaScript and CSS gzipped (index.html's entry and static imports), and lazy chunks.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { single, skipped, type Measurement } from '../results';
import { entryScripts, initialGraph, linkedStylesheets } from './bundleGraph';

const group = 'bundle';
const subject = 'cairn';
const KB = 1000;

function gzipBytes(file: string): number {
  return gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

function listJs(folder: string, prefix = ''): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return listJs(path.join(folder, entry.name), relative);
    return entry.name.endsWith('.js') ? [relative] : [];
  });
}

export function runBundleGroup(repoRoot: string): Measurement[] {
  const rendererDir = path.join(repoRoot, 'dist/renderer');
  const htmlFile = path.join(rendererDir, 'index.html');
  if (!fs.existsSync(htmlFile)) {
    return [skipped({ group, name: 'initial JavaScript, gzipped', subject, unit: 'KB' }, 'dist/renderer is missing: build first')];
  }
  const html = fs.readFileSync(htmlFile, 'utf8');
  const initial = initialGraph(entryScripts(html), (file) => fs.readFileSync(path.join(rendererDir, file), 'utf8'));
  const lazy = listJs(rendererDir).filter((file) => !initial.includes(file));
  const sum = (files: readonly string[], size: (file: string) => number) => files.reduce((total, file) => total + size(path.join(rendererDir, file)), 0);
  const css = linkedStylesheets(html).map((href) => href.replace(/^\.\//, ''));
  const lazyDetail = lazy.map((file) => `${path.basename(file)} ${(gzipBytes(path.join(rendererDir, file)) / KB).toFixed(1)}`).join(', ');
  return [
    single(
      { group, name: 'initial JavaScript, gzipped', subject, unit: 'KB', target: { max: 400, unit: 'KB' }, notes: `${initial.length} file(s): ${initial.join(', ')}; gzip -9, 1 KB = 1000 bytes` },
      sum(initial, gzipBytes) / KB,
    ),
    single({ group, name: 'initial JavaScript, uncompressed', subject, unit: 'KB' }, sum(initial, (file) => fs.statSync(file).size) / KB),
    single({ group, name: 'initial CSS, gzipped', subject, unit: 'KB', notes: css.join(', ') }, sum(css, gzipBytes) / KB),
    single({ group, name: `lazy chunks, gzipped (${lazy.length})`, subject, unit: 'KB', notes: lazy.length > 0 ? `KB each: ${lazyDetail}` : 'no lazy chunks yet' }, sum(lazy, gzipBytes) / KB),
  ];
}
