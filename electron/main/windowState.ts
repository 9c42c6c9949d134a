// Remembers the window's size and position between launches, kept on a visible display.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PRIVATE_FILE_MODE } from '../core/privateFiles';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1200, height: 800 };
const STATE_FILE = 'window-state.json';

const storedSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20000),
  height: z.number().int().min(200).max(20000),
});

/** Keeps stored bounds only if their top-left area is on one of the current displays. */
export function restoreBounds(stored: unknown, workAreas: readonly Rect[]): WindowBounds {
  const parsed = storedSchema.safeParse(stored);
  if (!parsed.success) return DEFAULT_BOUNDS;
  const b = parsed.data;
  const visible = workAreas.some(
    (area) =>
      b.x + 100 <= area.x + area.width &&
      b.x + b.width - 100 >= area.x &&
      b.y >= area.y &&
      b.y + 40 <= area.y + area.height,
  );
  if (!visible) return { width: b.width, height: b.height };
  return b;
}

export function loadStoredBounds(dataDir: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, STATE_FILE), 'utf8'));
  } catch {
    return undefined;
  }
}

export function saveBounds(dataDir: string, bounds: Rect): void {
  try {
    fs.writeFileSync(path.join(dataDir, STATE_FILE), JSON.stringify(bounds), { mode: PRIVATE_FILE_MODE });
  } catch {
    // Losing the window position is not worth interrupting a quit for.
  }
}
