// Property: 1,000 random payloads per operation (control characters and deep nesting among them) each get a clear answer, and the database stays intact.
import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, operationNames } from '../../../../shared/contract';
import { envelopeSchema } from '../../../../shared/errors';
import { openCore } from '../../../../electron/core/core';
import { startCoreThread, type CoreThread } from '../../../../electron/core/worker/coreThread';
import { coreWorkerScript } from '../../../support/coreWorkerScript';
import { startBrowserHost, type RunningHost } from '../../../../electron/browser-host/server';
import { rawRequest } from '../../../support/httpRequest';
import { makeTempDir, removeDir } from '../../../support/tempDir';

const TOKEN = 'fuzz-token';
let dir: string;
let core: CoreThread;
let host: RunningHost;
const seenIds: string[] = ['0b7c8a4e-3f0d-4c4a-9d53-6f2a1b9e8c11'];
const outcomes = { ok: 0, refused: 0 };
/** Passphrases the fuzzer managed to set, so the journal can be unlocked for the final integrity check. */
const passphrases: string[] = [];

/** Every field name any operation accepts, so random payloads often have the right keys with wrong values. */
const fieldNames = [
  ...new Set(
    operationNames.flatMap((operation) => {
      const schema = z.toJSONSchema(contract[operation].input, { io: 'input', unrepresentable: 'any' }) as { properties?: object };
      return Object.keys(schema.properties ?? {});
    }),
  ),
];

beforeAll(async () => {
  dir = makeTempDir();
  // The core as both shells run it: in its worker thread, behind the numbered-request channel.
  core = await startCoreThread({ entry: await coreWorkerScript(), dataDir: dir, appVersion: '1', host: 'browser' });
  host = await startBrowserHost({ dispatch: core.dispatch, staticDir: dir, token: TOKEN, port: 0 });
});
afterAll(async () => {
  await host.close();
  await core.close();
  removeDir(dir);
});

/** Request text too deep for JSON.stringify (and, unchecked, for anything recursive in the core): sent as is. */
class RawJson {
  constructor(readonly text: string) {}
}
const deepRawPayload = fc
  .tuple(fc.constantFrom(...fieldNames), fc.integer({ min: 65, max: 60_000 }))
  .map(([field, depth]) => new RawJson(`{${JSON.stringify(field)}:${'{"a":'.repeat(depth)}1${'}'.repeat(depth + 1)}`));

/** NUL-only, other control characters, and the tab and newline that multi-line text may hold. */
const controlText = fc.string({ unit: fc.constantFrom('\u0000', '\u0001', '\u0008', '\u000b', '\u001b', '\u007f', '\t', '\n', 'a', ' '), minLength: 1, maxLength: 12 });

/** Values that are sometimes right and often subtly wrong, so both validation and handlers get exercised. */
const fieldValue = fc.oneof(
  controlText,
  fc.anything(),
  fc.string(),
  fc.constantFrom('2024-02-29', '2023-02-29', '1999-12-31', '0000-00-00', ''),
  fc.integer({ min: -5, max: 300 }),
  fc.constant('0b7c8a4e-3f0d-4c4a-9d53-6f2a1b9e8c11'),
  fc.constant(null).map(() => seenIds[seenIds.length - 1]),
  fc.string({ maxLength: 40 }).map((s) => `2024-01-01|${s}`),
);
// Deep request text is large (up to 360 KB), so it comes up in about one payload in twenty.
const payload = fc.oneof(
  { arbitrary: fc.anything(), weight: 10 },
  { arbitrary: fc.dictionary(fc.constantFrom(...fieldNames, '__proto__', 'extra'), fieldValue), weight: 10 },
  { arbitrary: deepRawPayload, weight: 1 },
);

describe('random payloads through the browser host', () => {
  it.each(operationNames)('%s answers every payload with a valid envelope', async (operation) => {
    await fc.assert(
      fc.asyncProperty(payload, async (body) => {
        const text = body instanceof RawJson ? body.text : JSON.stringify(body);
        const res = await rawRequest(host.port, {
          path: `/api/${operation}`,
          headers: { 'content-type': 'application/json', 'x-cairn-token': TOKEN },
          ...(text === undefined ? {} : { body: text }),
        });
        expect([200, 400]).toContain(res.status);
        const envelope = envelopeSchema.parse(JSON.parse(res.body));
        if (envelope.ok) {
          const value = contract[operation].output.parse(envelope.value) as { id?: unknown };
          if (typeof value.id === 'string') seenIds.push(value.id);
          const sent = body as { passphrase?: unknown; next?: unknown };
          if (operation === 'security.setPassphrase') passphrases.push(String(sent.passphrase));
          if (operation === 'security.changePassphrase') passphrases.push(String(sent.next));
          outcomes.ok += 1;
        } else {
          outcomes.refused += 1;
          // A clear, expected refusal: never an internal failure.
          expect(envelope.error.code).not.toBe('INTERNAL');
          if (body instanceof RawJson) expect(envelope.error.code).toBe('VALIDATION');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves a database that passes integrity_check and a host that still answers', async () => {
    expect(outcomes.ok).toBeGreaterThan(100);
    expect(outcomes.refused).toBeGreaterThan(100);
    const status = await core.dispatch('security.status', {});
    if (status.ok && (status.value as { state?: string }).state === 'locked') {
      await core.dispatch('security.unlock', { passphrase: passphrases.at(-1) });
    }
    const res = await rawRequest(host.port, {
      path: '/api/reflections.list',
      headers: { 'x-cairn-token': TOKEN },
      body: '{}',
    });
    expect(JSON.parse(res.body)).toMatchObject({ ok: true });
    // The worker closes the journal; the file is then checked from here, unlocked with the last passphrase set.
    await core.close();
    const inspected = openCore({ dataDir: dir, appVersion: '1', host: 'browser', housekeeping: false });
    try {
      if (inspected.journal.status(0).state === 'locked') inspected.journal.unlock(passphrases.at(-1) ?? '');
      expect(inspected.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      inspected.close();
    }
  });
});
