// Every value colour stays legible: its label and rim pass WCAG AA on the light and the dark surface, even over tinted overlaps.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  THEME_SURFACES,
  VALUE_PALETTE,
  contrastRatio,
  nextPaletteColour,
  paletteEntry,
} from '../../../../../shared/domain/values/palette';
import { COLOUR_VISION, colourDistance } from './colourVision';

/** `colour` laid over `base` at `opacity`, as the diagram's translucent circle fills are. */
function over(colour: string, base: string, opacity: number): string {
  const channel = (hex: string, start: number) => parseInt(hex.slice(start, start + 2), 16);
  return `#${[1, 3, 5]
    .map((start) => Math.round(channel(colour, start) * opacity + channel(base, start) * (1 - opacity)).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** The diagram's fill opacity per circle (strategy.css / venn.css), stacked twice where two circles overlap. */
const FILL_OPACITY = 0.12;

describe('value palette', () => {
  it.each(VALUE_PALETTE.map((entry) => [entry.name, entry] as const))('%s passes 4.5:1 in both themes', (_, entry) => {
    const lightTint = over(entry.colour, over(entry.colour, THEME_SURFACES.light, FILL_OPACITY), FILL_OPACITY);
    const darkTint = over(entry.dark, over(entry.dark, THEME_SURFACES.dark, FILL_OPACITY), FILL_OPACITY);
    expect(contrastRatio(entry.colour, THEME_SURFACES.light)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(entry.colour, lightTint)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(entry.dark, THEME_SURFACES.dark)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(entry.dark, darkTint)).toBeGreaterThanOrEqual(4.5);
  });

  it('has a distinct colour for each of the twelve values the diagram can show', () => {
    expect(VALUE_PALETTE.length).toBeGreaterThanOrEqual(12);
    for (const theme of ['colour', 'dark'] as const) {
      VALUE_PALETTE.forEach((a, i) =>
        VALUE_PALETTE.slice(i + 1).forEach((b) => expect(colourDistance(a[theme], b[theme]), `${a.name} and ${b.name}`).toBeGreaterThan(12)),
      );
    }
  });

  it.each(Object.entries(COLOUR_VISION))('keeps neighbouring colours (the ones new values take in turn) apart with %s', (_, matrix) => {
    for (const theme of ['colour', 'dark'] as const) {
      VALUE_PALETTE.forEach((a, i) => {
        const b = VALUE_PALETTE[(i + 1) % VALUE_PALETTE.length]!;
        expect(colourDistance(a[theme], b[theme], matrix), `${a.name} and ${b.name} (${theme})`).toBeGreaterThan(15);
      });
    }
  });

  it('checks contrast against the surfaces theme.css really paints', () => {
    const css = readFileSync(new URL('../../../../../renderer/app/theme.css', import.meta.url), 'utf8');
    const surfaces = [...css.matchAll(/--surface:\s*(#[0-9a-f]{6})/gi)].map((match) => match[1]?.toLowerCase());
    expect(surfaces).toEqual([THEME_SURFACES.light, THEME_SURFACES.dark]);
  });

  it('offers an unused colour first, and a stored colour finds its dark-theme pair', () => {
    const [first, second] = VALUE_PALETTE;
    expect(nextPaletteColour([])).toBe(first?.colour);
    expect(nextPaletteColour([first?.colour.toUpperCase() ?? ''])).toBe(second?.colour);
    expect(paletteEntry(second?.colour.toUpperCase() ?? '').dark).toBe(second?.dark);
    expect(paletteEntry('#8DB8E0')).toMatchObject({ colour: '#8db8e0', dark: '#8db8e0' });
  });

  it('gives a colour from outside the palette a dark-theme counterpart that reads on the dark page, and keeps its hue', () => {
    for (const colour of ['#123456', '#3d6b4f', '#7a3d6b', '#000000']) {
      const { dark } = paletteEntry(colour);
      expect(contrastRatio(dark, THEME_SURFACES.dark)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(dark, THEME_SURFACES.dark)).toBeLessThan(9);
    }
    const [r, g, b] = [1, 3, 5].map((start) => parseInt(paletteEntry('#123456').dark.slice(start, start + 2), 16));
    expect(b).toBeGreaterThan(g!);
    expect(g).toBeGreaterThan(r!);
  });

  it('rates black on white at 21:1 and a colour against itself at 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#2f5a41', '#2f5a41')).toBe(1);
  });
});
