// @vitest-environment jsdom
// Exports are drawn on a light page in each value's light colour, whatever the app's theme; dark only when asked.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { paletteEntry } from '../../../../../shared/domain/values/palette';
import { figureSvg } from '../../../../../renderer/ui/venn/exportFigure';

const moss = paletteEntry('#2f5a41');
const figure = { circles: [{ id: 't', x: 200, y: 200, r: 120, label: 'Teaching', colour: moss.colour }], width: 600, height: 440 };

/** The figures' stylesheets on a page in the given theme (renderer/ui/theme.ts marks it on <html>). */
function useStyles(appTheme: 'light' | 'dark') {
  const css = ['renderer/ui/venn/venn.css', 'renderer/ui/valueColour.css'].map((file) => fs.readFileSync(file, 'utf8')).join('\n');
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  document.documentElement.dataset.theme = appTheme;
}

function drawnColours(theme: 'light' | 'dark') {
  const doc = new DOMParser().parseFromString(figureSvg(figure, theme).text, 'image/svg+xml');
  return {
    page: doc.documentElement.querySelector(':scope > rect')?.getAttribute('fill'),
    circle: doc.querySelector('circle')?.getAttribute('fill'),
    label: doc.querySelector('text')?.getAttribute('fill'),
  };
}

afterEach(() => {
  document.head.replaceChildren();
  delete document.documentElement.dataset.theme;
});

describe('figureSvg', () => {
  for (const appTheme of ['light', 'dark'] as const) {
    it(`draws a light page and each value's light colour while the app is ${appTheme}`, () => {
      useStyles(appTheme);
      expect(drawnColours('light')).toEqual({ page: '#ffffff', circle: moss.colour, label: moss.colour });
    });
  }

  it('draws the dark page and dark colours only when asked', () => {
    useStyles('light');
    expect(drawnColours('dark')).toEqual({ page: '#282723', circle: moss.dark, label: moss.dark });
  });
});
