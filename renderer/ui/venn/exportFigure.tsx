// Exports a Venn figure as a standalone SVG or PNG file: drawn afresh by the shared figure on a light (or, if chosen, dark)
// page whatever the app's theme, with every label, badges only where there is evidence and the whole aspiration.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { THEME_SURFACES } from '../../../shared/domain/values/palette';
import { type RegionCount } from '../../../shared/domain/venn/evidenceLayout';
import { saveFile } from '../saveFile';
import { VennFigure } from './VennFigure';
import { type VennValueCircle } from './vennScene';

/** Presentation properties the stylesheet sets on figure elements; copied as attributes so the file looks the same alone. */
const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'letter-spacing',
  'paint-order',
  'stroke-linejoin',
] as const;

export type ExportTheme = 'light' | 'dark';

/** What an exported picture shows: the diagram as the editor has it. */
export interface FigureToExport {
  readonly circles: readonly VennValueCircle[];
  readonly width: number;
  readonly height: number;
  readonly counts?: readonly RegionCount[];
  readonly aspiration?: string;
}

/**
 * A computed value with any var() left in it replaced by the variable's value on the element (browsers resolve them
 * already; a DOM that does not would otherwise write "var(--value-colour)" into a file that has no such variable).
 */
function resolved(value: string, computed: CSSStyleDeclaration): string {
  let text = value;
  for (let depth = 0; depth < 4 && text.includes('var('); depth++) {
    text = text.replace(/var\((--[\w-]+)(?:,\s*([^()]*))?\)/g, (_, name: string, fallback?: string) => computed.getPropertyValue(name).trim() || (fallback ?? '').trim());
  }
  return text;
}

/** A standalone SVG document of a drawn figure on `background`: the stylesheet's look copied onto every element. */
function serializeFigure(svg: SVGSVGElement, background: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, index) => {
    const copy = copies[index];
    if (!copy) return;
    const computed = getComputedStyle(original);
    for (const property of INLINED_PROPERTIES) {
      const value = resolved(computed.getPropertyValue(property), computed);
      if (value) copy.setAttribute(property, value);
    }
    for (const attribute of ['class', 'style', 'role', 'aria-label']) copy.removeAttribute(attribute);
  });
  const [x = '0', y = '0', width = '720', height = '520'] = (svg.getAttribute('viewBox') ?? '').split(/\s+/);
  clone.setAttribute('width', width);
  clone.setAttribute('height', height);
  // The page covers the whole view box, which starts above or left of the canvas when something drawn reaches past it.
  const page = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  page.setAttribute('x', x);
  page.setAttribute('y', y);
  page.setAttribute('width', width);
  page.setAttribute('height', height);
  page.setAttribute('fill', background);
  clone.insertBefore(page, clone.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

/**
 * Draws the figure in a hidden holder whose class fixes the theme (venn.css), reads it as a file, and removes it: the
 * picture is the same on any screen, and the editor's handles, focus rings and empty slots never reach it.
 */
export function figureSvg(figure: FigureToExport, theme: ExportTheme): { readonly text: string; readonly width: number; readonly height: number } {
  const holder = document.createElement('div');
  holder.className = `venn-export venn-export-${theme}`;
  holder.setAttribute('aria-hidden', 'true');
  document.body.append(holder);
  const root = createRoot(holder);
  try {
    flushSync(() => root.render(<VennFigure {...figure} wholeAspiration title="Values diagram" />));
    const svg = holder.querySelector('svg');
    if (!svg) throw new Error('The picture could not be drawn.');
    const [, , width = 0, height = 0] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
    return { text: serializeFigure(svg, THEME_SURFACES[theme]), width, height };
  } finally {
    root.unmount();
    holder.remove();
  }
}

export function exportSvg(figure: FigureToExport, theme: ExportTheme, fileName: string): void {
  saveFile(figureSvg(figure, theme).text, fileName, 'image/svg+xml');
}

/** Draws the serialized SVG onto a canvas at twice its size (crisp on high-density screens) and saves a PNG. */
export async function exportPng(figure: FigureToExport, theme: ExportTheme, fileName: string, scale = 2): Promise<void> {
  const { text, width, height } = figureSvg(figure, theme);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This system cannot draw the picture (no canvas).');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('The picture could not be made into a PNG.');
    saveFile(png, fileName, 'image/png');
  } finally {
    URL.revokeObjectURL(url);
  }
}
