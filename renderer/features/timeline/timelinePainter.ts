// The main thread's side of the painter worker: started once, handed each chart's canvas, the data and every change of view.
import type { PaintedFrames, PaintView, ToPainter } from './paintProtocol';
import type { PreparedTimeline } from './timelineScene';

let worker: Worker | null | undefined;
let mounts = 0;
const listeners = new Set<(frames: PaintedFrames) => void>();
const handedOver = new WeakMap<HTMLCanvasElement, number>();

/** The worker, started on first use; null where workers cannot start, and then the page draws every frame itself. */
function painter(): Worker | null {
  if (worker === undefined) {
    try {
      worker = new Worker(new URL('./timelineWorker.ts', import.meta.url), { type: 'module', name: 'timeline painter' });
      worker.onmessage = (event: MessageEvent<PaintedFrames>) => {
        for (const listener of listeners) listener(event.data);
      };
    } catch {
      worker = null;
    }
  }
  return worker;
}

function send(message: ToPainter, transfer: Transferable[] = []): void {
  painter()?.postMessage(message, transfer);
}

/**
 * Hands the canvas to the worker (once: a canvas can be given away only once) and returns its mount number,
 * or null when there is no worker to draw on it.
 */
export function paintOn(canvas: HTMLCanvasElement): number | null {
  const known = handedOver.get(canvas);
  if (known !== undefined) return known;
  if (!painter()) return null;
  mounts += 1;
  handedOver.set(canvas, mounts);
  const offscreen = canvas.transferControlToOffscreen();
  send({ kind: 'canvas', canvas: offscreen, mount: mounts }, [offscreen]);
  return mounts;
}

/** The data the worker prepares for itself, as this thread did: the prepared timeline holds Dates, Maps and bins too many to copy. */
export function paintData(prepared: PreparedTimeline): void {
  const values = prepared.values.map(({ id, label, colour }) => ({ id, label, colour }));
  send({ kind: 'data', summary: prepared.summary, values, now: prepared.now.getTime() });
}

export function paintView(view: PaintView): void {
  send({ kind: 'view', view });
}

export function onPainted(listener: (frames: PaintedFrames) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
