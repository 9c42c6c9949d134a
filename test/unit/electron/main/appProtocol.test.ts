// app://cairn/ maps onto the built renderer and nothing outside it.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ net: {}, protocol: {} }));
const { resolveAppPath } = await import('../../../../electron/main/appProtocol');

const root = path.resolve('/opt/cairn/renderer');

describe('app protocol paths', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://cairn/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://cairn/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://cairn/assets/app.js')).toBe(path.join(root, 'assets/app.js'));
  });

  it('refuses other hosts and any escape from the folder', () => {
    expect(resolveAppPath(root, 'app://other/index.html')).toBeUndefined();
    // The URL parser folds dot segments first, so this one lands back inside the folder.
    expect(resolveAppPath(root, 'app://cairn/%2e%2e/%2e%2e/etc/passwd')).toBe(path.join(root, 'etc/passwd'));
    expect(resolveAppPath(root, 'app://cairn/..%2F..%2Fetc%2Fpasswd')).toBeUndefined();
  });
});
