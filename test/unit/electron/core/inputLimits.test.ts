// Bad input is a validation error, never INTERNAL: control characters in text, and nesting too deep for the core to walk.
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/core';
import { call, failure, startCore } from './coreFixture';

let core: Core | undefined;
afterEach(() => core?.close());

const NUL_ONLY = '\u0000';

describe('input limits', () => {
  it('refuses NUL and other control characters in text with a validation error, and keeps tabs and line breaks where text has them', async () => {
    core = startCore();
    const value = await call(core, 'values.create', { label: 'Craft' });
    const experiment = await call(core, 'experiments.create', { title: 'Try teaching' });
    const reflection = await call(core, 'reflections.create', { entryDate: '2026-01-01', title: 'tagged', tags: ['ok'] });
    const tag = (await call(core, 'tags.list', {})).find((summary) => summary.name === 'ok')!;
    const refused: [string, unknown][] = [
      ['tags.rename', { id: tag.id, name: NUL_ONLY }],
      ['values.create', { label: NUL_ONLY }],
      ['values.update', { id: value.id, label: 'bell\u0007' }],
      ['experiments.create', { title: NUL_ONLY }],
      ['experiments.update', { id: experiment.id, hypothesis: 'escape \u001b[31m' }],
      ['strategy.snapshot', { changeNote: NUL_ONLY }],
      ['reflections.update', { id: reflection.id, body: 'form\u000cfeed' }],
    ];
    for (const [operation, input] of refused) {
      const error = await failure(core, operation as 'values.create', input);
      expect([operation, error.code]).toEqual([operation, 'VALIDATION']);
      expect(error.message).toMatch(/control characters/);
    }
    const kept = await call(core, 'reflections.update', { id: reflection.id, title: 'a\ttab', body: 'line one\nline two\r\n\tindented' });
    expect(kept.body).toBe('line one\nline two\r\n\tindented');
  });

  it('refuses a 50,000-deep layout, and any request nested too deeply, with a validation error', async () => {
    core = startCore();
    let layout: unknown = {};
    for (let level = 0; level < 50_000; level += 1) layout = { inner: layout };
    expect((await failure(core, 'strategy.save', { layout })).code).toBe('VALIDATION');
    let deepLayout: unknown = {};
    for (let level = 0; level < 20; level += 1) deepLayout = { inner: deepLayout };
    expect((await failure(core, 'strategy.save', { layout: deepLayout })).code).toBe('VALIDATION');
    expect((await call(core, 'strategy.save', { layout: { circles: [{ x: 1, y: 2 }] } })).layout).toEqual({ circles: [{ x: 1, y: 2 }] });
  });
});
