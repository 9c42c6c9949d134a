// The build the e2e run serves is a production one: the benchmark's user-timing hooks are compiled out of it.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const dist = path.resolve(import.meta.dirname, '../../dist');

test('the production renderer carries no benchmark marks', () => {
  expect(JSON.parse(fs.readFileSync(path.join(dist, 'build-kind.json'), 'utf8'))).toEqual({ bench: false });
  const scripts = fs.readdirSync(path.join(dist, 'renderer/assets')).filter((name) => name.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const name of scripts) {
    const code = fs.readFileSync(path.join(dist, 'renderer/assets', name), 'utf8');
    expect(code, name).not.toContain('cairn:timeline-frame');
    expect(code, name).not.toContain('cairn:timeline-rendered');
    expect(code, name).not.toContain('cairn:interactive');
  }
});
