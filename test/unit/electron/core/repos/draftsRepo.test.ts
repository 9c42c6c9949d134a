// Drafts through dispatch: saves merge field by field, survive a restart, are refused when malformed, and go on discard.
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../../electron/core/core';
import { call, failure, startCore, tempDir } from '../coreFixture';

let core: Core | undefined;
afterEach(() => core?.close());

describe('drafts', () => {
  it('merges each save into the stored draft and keeps it across a restart', async () => {
    const dataDir = tempDir();
    core = startCore(dataDir);
    await call(core, 'drafts.save', { key: 'new-experiment', fields: { title: 'Coffee chats', kind: 'networking' } });
    await call(core, 'drafts.save', { key: 'new-experiment', fields: { title: 'Coffee chats with PMs', valueIds: ['a'], plannedStart: null } });
    core.close();
    core = startCore(dataDir);
    expect(await call(core, 'drafts.get', { key: 'new-experiment' })).toMatchObject({
      key: 'new-experiment',
      fields: { title: 'Coffee chats with PMs', kind: 'networking', valueIds: ['a'], plannedStart: null },
    });
  });

  it('keeps drafts apart by key and forgets one on discard', async () => {
    core = startCore();
    const experimentId = '33333333-3333-4333-8333-333333333333';
    await call(core, 'drafts.save', { key: `evidence-note:${experimentId}`, fields: { body: 'Met Ana' } });
    await call(core, 'drafts.save', { key: 'check-in', fields: { note: 'Learned a lot' } });
    expect(await call(core, 'drafts.discard', { key: 'check-in' })).toEqual({ deleted: true });
    expect(await call(core, 'drafts.get', { key: 'check-in' })).toBeNull();
    expect(await call(core, 'drafts.get', { key: `evidence-note:${experimentId}` })).toMatchObject({ fields: { body: 'Met Ana' } });
  });

  it('forgets a draft once every field in it is empty again, and keeps one with anything left', async () => {
    core = startCore();
    const entryId = '44444444-4444-4444-8444-444444444444';
    await call(core, 'drafts.save', { key: `tag-text:${entryId}`, fields: { text: 'hiri' } });
    await call(core, 'drafts.save', { key: `tag-text:${entryId}`, fields: { text: '' } });
    expect(await call(core, 'drafts.get', { key: `tag-text:${entryId}` })).toBeNull();
    await call(core, 'drafts.save', { key: 'new-experiment', fields: { title: '', valueIds: [], plannedStart: null, kind: 'networking' } });
    expect(await call(core, 'drafts.get', { key: 'new-experiment' })).toMatchObject({ fields: { kind: 'networking' } });
  });

  it.each([
    ['a key with spaces', { key: 'new experiment', fields: {} }],
    ['a nested object', { key: 'check-in', fields: { note: { text: 'x' } } }],
    ['an odd field name', { key: 'check-in', fields: { 'no-dashes': 'x' } }],
    ['an unknown member', { key: 'check-in', fields: {}, extra: true }],
  ])('refuses %s with a validation error', async (_label, input) => {
    core = startCore();
    expect(await failure(core, 'drafts.save', input)).toMatchObject({ code: 'VALIDATION' });
  });
});
