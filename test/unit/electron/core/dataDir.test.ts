// Where the journal lives: flags beat the environment, which beats the OS default.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFromArgv, osUserDataDir, resolveDataDir } from '../../../../electron/core/dataDir';

describe('data folder', () => {
  it('reads --data-dir in both spellings', () => {
    expect(dataDirFromArgv(['node', 'x', '--data-dir', '/tmp/a'])).toBe('/tmp/a');
    expect(dataDirFromArgv(['--data-dir=/tmp/b'])).toBe('/tmp/b');
    expect(dataDirFromArgv(['--port', '3'])).toBeUndefined();
  });

  it('prefers the flag, then CAIRN_DATA_DIR, then the OS folder', () => {
    const defaultDir = () => '/home/me/.config/Cairn';
    expect(resolveDataDir({ argv: ['--data-dir', '/tmp/flag'], env: { CAIRN_DATA_DIR: '/tmp/env' }, defaultDir })).toBe('/tmp/flag');
    expect(resolveDataDir({ argv: [], env: { CAIRN_DATA_DIR: '/tmp/env' }, defaultDir })).toBe('/tmp/env');
    expect(resolveDataDir({ argv: [], env: {}, defaultDir })).toBe('/home/me/.config/Cairn');
    expect(resolveDataDir({ argv: ['--data-dir', 'rel'], env: {}, defaultDir })).toBe(path.resolve('rel'));
  });

  it('matches Electron’s userData folder on each platform', () => {
    expect(osUserDataDir('linux', {}, '/home/me')).toBe('/home/me/.config/Cairn');
    expect(osUserDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/me')).toBe('/x/Cairn');
    expect(osUserDataDir('darwin', {}, '/Users/me')).toBe('/Users/me/Library/Application Support/Cairn');
    expect(osUserDataDir('win32', { APPDATA: 'C:\\Users\\me\\AppData\\Roaming' }, 'C:\\Users\\me')).toContain('Cairn');
  });
});
