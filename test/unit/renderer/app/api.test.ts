// @vitest-environment jsdom
// The typed client turns envelopes into values or ApiErrors, and the browser token is taken from the URL once.
import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApi } from '../../../../renderer/app/api';
import { takeBrowserToken, type Transport } from '../../../../renderer/app/transport';

function transportAnswering(answer: unknown | (() => never)): Transport {
  return {
    kind: 'browser',
    invoke: vi.fn(async () => (typeof answer === 'function' ? (answer as () => never)() : answer)),
    on: () => () => {},
    flushed: () => {},
  };
}

describe('typed api client', () => {
  it('resolves to the operation’s value', async () => {
    const api = createApi(transportAnswering({ ok: true, value: { items: [], nextCursor: null } }));
    await expect(api['reflections.list']({})).resolves.toEqual({ items: [], nextCursor: null });
  });

  it('throws the core’s error code and message', async () => {
    const api = createApi(transportAnswering({ ok: false, error: { code: 'NOT_FOUND', message: 'That reflection no longer exists.' } }));
    const failure = api['reflections.get']({ id: '0b7c8a4e-3f0d-4c4a-9d53-6f2a1b9e8c11' });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'That reflection no longer exists.' });
  });

  it('reports an unreadable answer or a dead transport as a transport error', async () => {
    await expect(createApi(transportAnswering('<html>'))['app.info']({})).rejects.toMatchObject({ code: 'TRANSPORT' });
    const dead = createApi(transportAnswering(() => {
      throw new TypeError('Failed to fetch');
    }));
    await expect(dead['app.info']({})).rejects.toMatchObject({ code: 'TRANSPORT', message: expect.stringContaining('Failed to fetch') });
  });
});

describe('client shape', () => {
  it('sends each operation by its own name, and is never mistaken for a promise', async () => {
    const transport = transportAnswering({ ok: true, value: [] });
    const api = createApi(transport);
    await api['tags.list']({});
    expect(transport.invoke).toHaveBeenCalledWith('tags.list', {});
    expect(api.host).toBe('browser');
    expect((api as unknown as { then?: unknown }).then).toBeUndefined();
    await expect(Promise.resolve(api)).resolves.toBe(api);
  });
});

describe('native save', () => {
  it('is absent where the host cannot save through dialogs', () => {
    expect(createApi(transportAnswering({ ok: true, value: {} })).saveNatively).toBeNull();
  });

  it('resolves to the chosen path or null, and reports a refusal or an unreadable answer', async () => {
    const answers: unknown[] = [
      { ok: true, value: { path: '/home/ada/brief.pdf' } },
      { ok: true, value: { path: null } },
      { ok: false, error: { code: 'VALIDATION', message: 'Invalid export request (Expected a file name without a folder)' } },
      { ok: true, value: { saved: 'yes' } },
    ];
    const saveExport = vi.fn(async () => answers.shift());
    const save = createApi({ ...transportAnswering(null), kind: 'electron', saveExport }).saveNatively;
    if (!save) throw new Error('expected a native save in the desktop shell');
    await expect(save({ kind: 'pdf', fileName: 'brief.pdf' })).resolves.toBe('/home/ada/brief.pdf');
    await expect(save({ kind: 'pdf', fileName: 'brief.pdf' })).resolves.toBeNull();
    await expect(save({ kind: 'pdf', fileName: 'brief.pdf' })).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('file name') });
    await expect(save({ kind: 'pdf', fileName: 'brief.pdf' })).rejects.toMatchObject({ code: 'TRANSPORT' });
    expect(saveExport).toHaveBeenCalledWith({ kind: 'pdf', fileName: 'brief.pdf' });
  });
});

describe('native folder chooser', () => {
  it('is absent where the host cannot open dialogs', () => {
    expect(createApi(transportAnswering({ ok: true, value: {} })).chooseFolderNatively).toBeNull();
  });

  it('resolves to the chosen folder or null, and reports an unreadable answer', async () => {
    const answers: unknown[] = [{ ok: true, value: { path: '/home/ada/Sync' } }, { ok: true, value: { path: null } }, { ok: true, value: '/etc' }];
    const chooseFolder = vi.fn(async () => answers.shift());
    const choose = createApi({ ...transportAnswering(null), kind: 'electron', chooseFolder }).chooseFolderNatively;
    if (!choose) throw new Error('expected a native folder chooser in the desktop shell');
    await expect(choose({ purpose: 'sync' })).resolves.toBe('/home/ada/Sync');
    await expect(choose({ purpose: 'sync' })).resolves.toBeNull();
    await expect(choose({ purpose: 'sync' })).rejects.toMatchObject({ code: 'TRANSPORT' });
    expect(chooseFolder).toHaveBeenCalledWith({ purpose: 'sync' });
  });
});

describe('browser token', () => {
  it('moves the token from the address bar into session storage', () => {
    window.history.replaceState(null, '', '/#token=abc_DEF-123');
    expect(takeBrowserToken(window.location, window.sessionStorage, window.history)).toBe('abc_DEF-123');
    expect(window.location.hash).toBe('');
    expect(takeBrowserToken(window.location, window.sessionStorage, window.history)).toBe('abc_DEF-123');
  });
});
