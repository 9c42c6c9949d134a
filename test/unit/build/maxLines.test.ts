// The lint's size rule: a source file over 400 lines is an error, except the word lists, which are data.
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot, overrideConfigFile: path.join(repoRoot, 'build/config/eslint.config.js') });
});

async function sizeErrors(file: string, lines: number): Promise<number> {
  const code = Array.from({ length: lines }, (_, index) => `export const line${index} = ${index};`).join('\n');
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'max-lines').length;
}

describe('the size rule', () => {
  it.each(['electron/core/probe.ts', 'renderer/features/journal/probe.tsx', 'shared/domain/probe.ts'])('refuses 401 lines in %s', async (file) => {
    expect(await sizeErrors(file, 400)).toBe(0);
    expect(await sizeErrors(file, 401)).toBe(1);
  });

  it('lets a word list be as long as it needs', async () => {
    expect(await sizeErrors('shared/domain/values/jobTitleWords.ts', 600)).toBe(0);
  });
});
