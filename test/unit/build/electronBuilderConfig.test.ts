// electron-builder.yml is valid against electron-builder's own schema, unpacks the native module, and sets the fuses.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const config = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const schema = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;

describe('electron-builder.yml', () => {
  it('validates against electron-builder’s configuration schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('names the native SQLite module in asarUnpack', () => {
    expect(config.asarUnpack).toEqual(expect.arrayContaining([expect.stringContaining('better-sqlite3-multiple-ciphers')]));
  });

  it('builds every platform’s installers with the committed icons', () => {
    expect(config).toMatchObject({
      linux: { target: ['AppImage', 'deb'] },
      mac: { target: ['dmg', 'zip'] },
      win: { target: ['nsis'] },
    });
    for (const icon of ['build/icon.png', 'build/icon.icns', 'build/icon.ico', 'build/icons/512x512.png']) {
      expect(fs.existsSync(path.join(root, icon)), icon).toBe(true);
    }
  });

  it('turns every Electron fuse Cairn does not need off, and leaves none unset', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    // A fuse electron-builder learns about later must get a deliberate value here too.
    const known = (schema as { definitions: { FuseOptionsV1: { properties: object } } }).definitions.FuseOptionsV1.properties;
    const fuses = Object.keys(known).filter((name) => name !== 'resetAdHocDarwinSignature');
    expect(Object.keys(config.electronFuses as object).sort()).toEqual(fuses.sort());
  });
});
