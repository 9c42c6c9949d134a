// The colours the exported figures and the value palette are drawn on are the page's own: THEME_SURFACES must say
// what theme.css says, since a stylesheet and a module cannot share one constant without a build step.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME_SURFACES } from '../../../../shared/domain/values/palette';

const css = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../renderer/app/theme.css'), 'utf8');

function surfaceIn(block: string): string | undefined {
  const start = css.indexOf(`${block} {`);
  const body = start < 0 ? '' : css.slice(start, css.indexOf('}', start));
  return /--surface:\s*(#[0-9a-f]{6})\s*;/i.exec(body)?.[1]?.toLowerCase();
}

describe('THEME_SURFACES', () => {
  it('matches --surface in theme.css, light and dark', () => {
    expect(surfaceIn(':root')).toBe(THEME_SURFACES.light);
    expect(surfaceIn(":root[data-theme='dark']")).toBe(THEME_SURFACES.dark);
  });
});
