// Dispatch checks what a handler answers too: an answer outside the contract never reaches the renderer.
import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../../../electron/core/dispatch';
import { writeTable, type Handlers } from '../../../../electron/core/handlers';
import { openCore } from '../../../../electron/core/core';
import { tempDir } from './coreFixture';

describe('dispatch', () => {
  it('answers INTERNAL, and reports it, when a handler returns output the contract does not allow', async () => {
    const core = openCore({ dataDir: tempDir(), appVersion: '1.0.0', host: 'browser', housekeeping: false });
    try {
      const offContract = { ...core.handlers, 'app.info': () => ({ appVersion: 42, secret: 'x' }) } as unknown as Handlers;
      const onUnexpected = vi.fn();
      const envelope = await createDispatch(offContract, { writes: writeTable, onUnexpected })('app.info', undefined);
      expect(envelope).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(JSON.stringify(envelope)).not.toContain('secret');
      expect(onUnexpected).toHaveBeenCalledTimes(1);

      const honest = await createDispatch(core.handlers, { writes: writeTable })('app.info', undefined);
      expect(honest).toMatchObject({ ok: true, value: { appVersion: '1.0.0', host: 'browser' } });
    } finally {
      core.close();
    }
  });
});
