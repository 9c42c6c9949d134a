// A value's colour in both themes, for anything that shows it: CSS variables for elements, and the current theme's colour for canvases.
import type { CSSProperties } from 'react';
import { paletteEntry } from '../../shared/domain/values/palette';
import './valueColour.css';

/** Theme-aware colour variables for one value (the stylesheet picks light or dark). */
export function valueColourStyle(colour: string): CSSProperties {
  const entry = paletteEntry(colour);
  return { '--value-colour': entry.colour, '--value-colour-dark': entry.dark } as CSSProperties;
}

/** The colour to paint a value in on the given theme, where CSS cannot choose (a canvas). */
export function valueColourFor(colour: string, dark: boolean): string {
  const entry = paletteEntry(colour);
  return dark ? entry.dark : entry.colour;
}
