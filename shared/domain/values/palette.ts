// The colours a value can take: each pairs a fill that reads as the value's colour with a label ink, in both themes.

/**
 * One palette entry. `colour` is what is stored on the value (and drawn as the circle's rim in the
 * light theme); `dark` is its counterpart on the dark background. Labels are drawn in the theme's
 * text colour on a tint of the colour, and the swatch's rim must stand out against the page.
 */
export interface PaletteColour {
  readonly name: string;
  readonly colour: string;
  readonly dark: string;
}

/**
 * Twelve colours, one for each value the diagram can show. The order is the order new values take them in, chosen so
 * that neighbours stay apart for people with protanopia, deuteranopia and tritanopia as well (palette.test.ts checks
 * it); the first eight names kept their colours when the palette grew, so stored values keep theirs.
 */
export const VALUE_PALETTE: readonly PaletteColour[] = [
  { name: 'Moss', colour: '#2f5a41', dark: '#8cc09f' },
  { name: 'Plum', colour: '#8c2f8f', dark: '#eaa6ec' },
  { name: 'Clay', colour: '#8a3b1f', dark: '#f0a483' },
  { name: 'Slate', colour: '#3d4654', dark: '#b4bfcc' },
  { name: 'Ochre', colour: '#684d00', dark: '#e3c25f' },
  { name: 'Teal', colour: '#175857', dark: '#7fcfcb' },
  { name: 'Olive', colour: '#4a5e12', dark: '#bcd46a' },
  { name: 'Lake', colour: '#25507a', dark: '#8db8e0' },
  { name: 'Crimson', colour: '#b01c34', dark: '#ff9aa6' },
  { name: 'Cobalt', colour: '#2d47b8', dark: '#a3b3ff' },
  { name: 'Berry', colour: '#842b4a', dark: '#f09cb9' },
  { name: 'Heather', colour: '#5c3c7c', dark: '#cdb6e8' },
];

/** The page backgrounds the colours are drawn on (theme.css --surface in light and dark). */
export const THEME_SURFACES = { light: '#ffffff', dark: '#282723' } as const;

/** Labels and rims must reach this contrast with the page (WCAG AA for text). */
export const MIN_CONTRAST = 4.5;

/** The red, green and blue channels (0 to 255) of a #rrggbb colour. */
function channels(hex: string): [number, number, number] {
  return [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16)) as [number, number, number];
}

/** `colour` mixed towards `towards` by `amount` (0 to 1), as #rrggbb. */
function mix(colour: string, towards: string, amount: number): string {
  const target = channels(towards);
  return `#${channels(colour)
    .map((channel, index) => Math.round(channel * (1 - amount) + target[index]! * amount).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** The colour, lightened only as far as it must be to read at MIN_CONTRAST on the dark surface. */
export function readableOnDark(colour: string): string {
  for (let step = 0; step <= 20; step += 1) {
    const candidate = mix(colour, '#ffffff', step / 20);
    if (contrastRatio(candidate, THEME_SURFACES.dark) >= MIN_CONTRAST) return candidate;
  }
  return '#ffffff';
}

/**
 * The palette entry for a stored colour. A colour from elsewhere (an import, or an older journal) keeps itself in the
 * light theme and gets a lightened counterpart on the dark page, so its label stays legible.
 */
export function paletteEntry(colour: string): PaletteColour {
  const lower = colour.toLowerCase();
  const known = VALUE_PALETTE.find((entry) => entry.colour === lower);
  if (known) return known;
  return { name: 'Custom', colour: lower, dark: /^#[0-9a-f]{6}$/.test(lower) ? readableOnDark(lower) : lower };
}

/** The next palette colour not yet used by a value, cycling when all are taken. */
export function nextPaletteColour(used: readonly string[]): string {
  const taken = new Set(used.map((colour) => colour.toLowerCase()));
  const free = VALUE_PALETTE.find((entry) => !taken.has(entry.colour));
  return (free ?? VALUE_PALETTE[used.length % VALUE_PALETTE.length] ?? VALUE_PALETTE[0])?.colour ?? '#2f5a41';
}

/** WCAG relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex)
    .map((channel) => channel / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
