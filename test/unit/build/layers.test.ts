// The layering rule run through the real lint config: each probed hole is an error, and the allowed paths stay clean.
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot, overrideConfigFile: path.join(repoRoot, 'build/config/eslint.config.js') });
});

async function layeringErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'cairn/layers').map((message) => message.message);
}

const forbidden: Array<[string, string, string, RegExp]> = [
  ['electron/main may not import the renderer', 'electron/main/probe.ts', "import { x } from '../../renderer/app/api';", /electron\/main may not import 'renderer\/app\/api'/],
  ['the preload may not import the core', 'electron/preload/probe.ts', "import { openCore } from '../core/core';", /preload may not import 'electron\/core\/core'/],
  ['the preload has no Node', 'electron/preload/probe.ts', "import fs from 'node:fs';", /preload runs without Node/],
  ['the core may not import the browser host', 'electron/core/probe.ts', "import { startBrowserHost } from '../browser-host/server';", /core may not import 'electron\/browser-host\/server'/],
  ['the core may not import electron', 'electron/core/probe.ts', "import { app } from 'electron';", /core may not import 'electron'/],
  ['the browser host may not import electron/main', 'electron/browser-host/probe.ts', "import { x } from '../main/menu';", /browser-host may not import 'electron\/main\/menu'/],
  ['the renderer has no path', 'renderer/app/probe.ts', "import path from 'path';", /renderer\/app runs without Node: 'path'/],
  ['a feature has no node:fs', 'renderer/features/journal/probe.ts', "import fs from 'node:fs';", /runs without Node/],
  ['the renderer has no SQLite', 'renderer/features/journal/probe.ts', "import Database from 'better-sqlite3-multiple-ciphers';", /may not import 'better-sqlite3-multiple-ciphers'/],
  ['shared has no path', 'shared/domain/probe.ts', "import path from 'path';", /shared runs without Node: 'path'/],
  ['shared has no SQLite', 'shared/domain/probe.ts', "import Database from 'better-sqlite3-multiple-ciphers';", /shared may not import 'better-sqlite3-multiple-ciphers'/],
  ['shared has no React', 'shared/domain/probe.ts', "import { useState } from 'react';", /shared may not import 'react'/],
  ['shared may not import the core', 'shared/probe.ts', "import type { Core } from '../electron/core/core';", /shared may not import 'electron\/core\/core'/],
  ['the renderer may not import electron', 'renderer/app/probe.ts', "import { ipcRenderer } from 'electron';", /may not import 'electron'/],
  ['a type-only import of the core from the renderer', 'renderer/features/search/probe.ts', "import type { Core } from '../../../electron/core/core';", /may not import 'electron\/core\/core'/],
  ['ui may not import a feature', 'renderer/ui/probe.tsx', "import { useJournalStore } from '../features/journal/journalStore';", /renderer\/ui may not import renderer\/features/],
  ['a feature may not reach into another feature', 'renderer/features/search/probe.ts', "import { ReflectionEditor } from '../journal/ReflectionEditor';", /only through its public modules .* not 'ReflectionEditor'/],
  ['a feature may not import the app shell beyond its client', 'renderer/features/search/probe.ts', "import { App } from '../../app/App';", /may not import 'renderer\/app\/App'/],
  ['a dynamic import is checked too', 'renderer/features/timeline/probe.ts', "export const load = () => import('../journal/MarkdownEditor');", /not 'MarkdownEditor'/],
  ['a re-export is checked too', 'renderer/features/timeline/probe.ts', "export { x } from '../strategy/venn/VennEditor';", /not 'venn\/VennEditor'/],
];

describe('the layering rule', () => {
  it.each(forbidden)('%s', async (_name, file, code, expected) => {
    const errors = await layeringErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(expected);
  });

  it('allows each layer what the architecture gives it', async () => {
    const allowed: Array<[string, string]> = [
      ['shared/domain/probe.ts', "import { z } from 'zod';\nimport { contract } from '../contract';"],
      ['electron/core/probe.ts', "import fs from 'node:fs';\nimport Database from 'better-sqlite3-multiple-ciphers';\nimport { contract } from '../../shared/contract';"],
      ['electron/browser-host/probe.ts', "import http from 'node:http';\nimport { openCore } from '../core/core';"],
      ['electron/main/probe.ts', "import { app } from 'electron';\nimport { openCore } from '../core/core';"],
      ['electron/preload/probe.ts', "import { contextBridge } from 'electron';\nimport { INVOKE_CHANNEL } from '../../shared/contract';"],
      ['renderer/app/probe.ts', "import { useJournalStore } from '../features/journal/journalStore';\nimport { Modal } from '../ui/Modal';"],
      ['renderer/features/search/probe.ts', "import { api } from '../../app/client';\nimport { useErrorStore } from '../shell/errorStore';\nimport { select } from 'd3-selection';\nimport './search.css';"],
    ];
    for (const [file, code] of allowed) expect(await layeringErrors(file, code), file).toEqual([]);
  });
});
