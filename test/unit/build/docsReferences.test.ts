// The READMEs and docs/ name only what exists: relative links, backticked repo paths, npm scripts, bench options, migrations.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../bench/options';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
/** Folders that hold no tracked source: dependencies, build output, test output. */
const skipped = new Set(['node_modules', 'dist', 'release', 'test-results', 'playwright-report', '.git']);

function walk(dir: string, found: string[] = []): string[] {
  for (const entry of fs.readdirSync(path.join(repoRoot, dir), { withFileTypes: true })) {
    if (skipped.has(entry.name)) continue;
    const relative = dir === '' ? entry.name : `${dir}/${entry.name}`;
    found.push(entry.isDirectory() ? `${relative}/` : relative);
    if (entry.isDirectory()) walk(relative, found);
  }
  return found;
}

const repoPaths = walk('');
const docs = repoPaths.filter((file) => (file.startsWith('docs/') && file.endsWith('.md')) || file === 'README.md' || file.endsWith('/README.md'));
const read = (doc: string) => fs.readFileSync(path.join(repoRoot, doc), 'utf8');

/** Relative link targets, without their #anchor: `[text](target)`. */
function relativeLinks(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!.split('#')[0]!)
    .filter((target) => target !== '' && !/^[a-z]+:/i.test(target));
}

const sourceRoots = ['shared/', 'electron/', 'renderer/', 'test/', 'build/', 'docs/'];
const sourceFile = /[\w-]\.(ts|tsx|mjs|js|css|md|yml)$/;
/** Folders written at run time or by the build, never in the repository. */
const outputFolders = ['backups/', 'release/', 'dist/'];

/**
 * Backticked tokens that name repository files or folders: those under a source root, file names with a source
 * extension, and folder names (`store/`). Runtime files (`cairn.db`, `window-state.json`), build output (`dist/…`) and URLs are not repo paths.
 */
function backtickedPaths(text: string): string[] {
  return [...text.matchAll(/`([^`\s]+)`/g)]
    .map((match) => match[1]!)
    .filter((token) => !token.includes('://') && !outputFolders.some((folder) => token.startsWith(folder)))
    .filter((token) => sourceRoots.some((root) => token.startsWith(root)) || sourceFile.test(token) || /^[\w-]+\/$/.test(token));
}

/** A token matches a repo path it ends (`store/open.ts` is electron/core/store/open.ts); `*` and `<name>` stand for any name. */
function existsInRepo(token: string): boolean {
  const pattern = token
    .split(/(\*|<[^>]+>)/)
    .map((part) => (part === '*' || part.startsWith('<') ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const matcher = new RegExp(`(^|/)${pattern}${token.endsWith('/') ? '' : '/?'}$`);
  return repoPaths.some((repoPath) => matcher.test(repoPath));
}

describe.each(docs)('%s', (doc) => {
  const text = read(doc);

  it('links only to files that exist', () => {
    const missing = relativeLinks(text).filter((target) => !fs.existsSync(path.resolve(repoRoot, path.dirname(doc), target)));
    expect(missing).toEqual([]);
  });

  it('names only repository paths that exist', () => {
    expect(backtickedPaths(text).filter((token) => !existsInRepo(token))).toEqual([]);
  });

  it('names only npm scripts package.json has', () => {
    const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
    const named = [...text.matchAll(/\bnpm (?:run ([\w:-]+)|(start|test)\b)/g)].map((match) => match[1] ?? match[2]!);
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it('gives the bench only options it accepts', () => {
    const invocations = [...text.matchAll(/npm run bench -- ([^`\n#]+)/g)].map((match) => match[1]!.trim().split(/\s+/));
    for (const args of invocations) expect(() => parseBenchArgs(args), args.join(' ')).not.toThrow();
  });

  it('numbers only migrations that exist', () => {
    const migrations = fs.readdirSync(path.join(repoRoot, 'electron/core/store/migrations')).filter((file) => /^\d{4}-/.test(file));
    const numbers = [...text.matchAll(/\b(?:migration|schema) (\d+)\b/gi)].map((match) => Number(match[1]));
    expect(numbers.filter((number) => !migrations.some((file) => Number(file.slice(0, 4)) === number))).toEqual([]);
  });
});

describe('the reference check itself', () => {
  it('finds a missing path or folder, a missing link and a bad bench option', () => {
    expect(backtickedPaths('see `electron/core/nowhere.ts` and `cairn.db`')).toEqual(['electron/core/nowhere.ts']);
    expect(existsInRepo('electron/core/nowhere.ts')).toBe(false);
    expect(existsInRepo('store/open.ts')).toBe(true);
    expect(backtickedPaths('`nowhere/` `backups/` `dist/renderer`')).toEqual(['nowhere/']);
    expect(existsInRepo('nowhere/')).toBe(false);
    expect(existsInRepo('electron/core/handlers/*.ts')).toBe(true);
    expect(existsInRepo('renderer/features/<name>/')).toBe(true);
    expect(relativeLinks('[a](docs/missing.md#x) [b](https://example.invalid) [c](#top)')).toEqual(['docs/missing.md']);
    expect(() => parseBenchArgs(['--only=renderer:nothing'])).toThrow();
  });
});
