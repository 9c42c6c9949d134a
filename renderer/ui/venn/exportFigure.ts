// Exports a drawn Venn figure as a standalone SVG or PNG file: styles inlined (the stylesheet does not travel), saved via <a download>.

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

/** Interactive-only pieces (focus rings, resize handles, drop highlights) that do not belong in a picture; undisplayed ones go too. */
const EDITOR_ONLY_SELECTOR = '[data-export="omit"]';
const SVG_NS = 'http://www.w3.org/2000/svg';

/** A standalone SVG document of the figure, on the current theme's page colour. */
export function serializeFigure(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, index) => {
    const copy = copies[index];
    if (!copy) return;
    const computed = getComputedStyle(original);
    for (const property of INLINED_PROPERTIES) {
      const value = computed.getPropertyValue(property);
      if (value) copy.setAttribute(property, value);
    }
    for (const attribute of ['class', 'style', 'tabindex', 'role', 'aria-label', 'aria-describedby', 'aria-roledescription', 'aria-pressed']) {
      copy.removeAttribute(attribute);
    }
  });
  for (const omitted of clone.querySelectorAll(`${EDITOR_ONLY_SELECTOR}, [display="none"]`)) omitted.remove();
  // Data attributes are the editor's bookkeeping (and region keys hold a separator XML forbids).
  for (const element of [clone, ...clone.querySelectorAll('*')]) {
    for (const name of element.getAttributeNames()) if (name.startsWith('data-')) element.removeAttribute(name);
  }
  const [, , width = '720', height = '520'] = (svg.getAttribute('viewBox') ?? '').split(/\s+/);
  clone.setAttribute('width', width);
  clone.setAttribute('height', height);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', getComputedStyle(document.body).getPropertyValue('background-color') || '#ffffff');
  clone.insertBefore(background, clone.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL is released once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportSvg(svg: SVGSVGElement, fileName: string): void {
  downloadBlob(new Blob([serializeFigure(svg)], { type: 'image/svg+xml' }), fileName);
}

/** Draws the serialized SVG onto a canvas at twice its size (crisp on high-density screens) and saves a PNG. */
export async function exportPng(svg: SVGSVGElement, fileName: string, scale = 2): Promise<void> {
  const text = serializeFigure(svg);
  const [, , width = '720', height = '520'] = (svg.getAttribute('viewBox') ?? '').split(/\s+/);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Number(width) * scale;
    canvas.height = Number(height) * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This system cannot draw the picture (no canvas).');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('The picture could not be made into a PNG.');
    downloadBlob(png, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}
