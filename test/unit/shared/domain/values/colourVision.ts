// Test helpers: how a colour looks with protanopia, deuteranopia or tritanopia, and how far apart two colours look (CIE76 ΔE).

type Matrix = readonly [readonly [number, number, number], readonly [number, number, number], readonly [number, number, number]];

/** Machado, Oliveira and Fernandes (2009), severity 1, applied to linear RGB. */
export const COLOUR_VISION: Readonly<Record<'protanopia' | 'deuteranopia' | 'tritanopia', Matrix>> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

type Linear = [number, number, number];

function toLinear(hex: string): Linear {
  return [1, 3, 5].map((start) => {
    const c = parseInt(hex.slice(start, start + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Linear;
}

/** A colour as seen with the given colour-vision deficiency, in linear RGB (clamped to the screen's gamut). */
export function simulate(hex: string, matrix: Matrix | null): Linear {
  const linear = toLinear(hex);
  if (!matrix) return linear;
  return matrix.map((row) => Math.min(1, Math.max(0, row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2]))) as Linear;
}

function toLab([r, g, b]: Linear): Linear {
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** CIE76 colour difference between two colours as seen through `matrix` (null: typical vision); about 2.3 is just noticeable. */
export function colourDistance(a: string, b: string, matrix: Matrix | null = null): number {
  const [la, aa, ba] = toLab(simulate(a, matrix));
  const [lb, ab, bb] = toLab(simulate(b, matrix));
  return Math.hypot(la - lb, aa - ab, ba - bb);
}
