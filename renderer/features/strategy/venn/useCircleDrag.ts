// Mouse drags of the editor's circles (d3-drag): move from the body, resize from the handle, drawn live, committed on drop.
import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import { useEffect, useLayoutEffect, useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { flushSync } from 'react-dom';
import { createStore } from 'zustand/vanilla';
import { moveCircle, resizeCircle } from '../../../../shared/domain/venn/canvas';
import { type Circle, distance } from '../../../../shared/domain/venn/circle';
import { CANVAS } from './effectiveLayout';
import { liveDrawing, type LiveDrawing } from './liveDrawing';
import { type SceneSlots } from './sceneSlots';
import { type DragScene } from './VennEditorParts';

/** The frame React last rendered, and how to make the frame for other circles. */
export interface Frames {
  scene: SceneSlots;
  sceneOf: (circles: readonly Circle[]) => SceneSlots;
}

interface CircleDragOptions {
  svgRef: RefObject<SVGSVGElement | null>;
  /** The circles as drawn now; a drag keeps it current. */
  circlesRef: RefObject<Circle[]>;
  frames: RefObject<Frames | null>;
  commitCircles: (changed: Circle[]) => void;
  setLive: Dispatch<SetStateAction<Circle[] | null>>;
  /** Which circles are shown: the drag behaviours attach again when it changes. */
  circleKey: string;
}

type DragEvent = { x: number; y: number; subject: { id: string } };

interface DragState {
  circles: Circle[];
  moved: Circle;
}

/**
 * A drag changes local state only; the store hears once, at the end. Each move is drawn within its pointer event, so the
 * move and its picture share one frame: the circle and anything that only shifts are set on the SVG directly, and when
 * regions come or go React renders just the scene (`dragScene`), at once.
 */
export function useCircleDrag({ svgRef, circlesRef, frames, commitCircles, setLive, circleKey }: CircleDragOptions) {
  const dragging = useRef<DragState | null>(null);
  const [dragScene] = useState(() => createStore<DragScene>(() => ({ scene: null })));
  const drawing = useRef<LiveDrawing | null>(null);

  /** Draws the drag onto the SVG; `now` says whether React may render the scene at once (not inside a commit). */
  const drawDrag = useRef((svg: SVGSVGElement, now: boolean) => {
    const drag = dragging.current;
    const frame = frames.current;
    if (!drag || !frame) return;
    drawing.current ??= liveDrawing(svg, dragScene.getState().scene ?? frame.scene);
    drawing.current.drawCircle(drag.moved);
    const next = frame.sceneOf(drag.circles);
    if (drawing.current.moveTo(next)) return;
    drawing.current.revert();
    if (now) {
      flushSync(() => dragScene.setState({ scene: next }));
      drawing.current = liveDrawing(svg, next);
    } else {
      dragScene.setState({ scene: next });
      drawing.current = null;
    }
  });

  // A render of the editor redraws the SVG from React's state; a drag in progress is drawn again before it paints.
  useLayoutEffect(() => {
    drawing.current = null;
    if (svgRef.current) drawDrag.current(svgRef.current, false);
  });

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const find = (id: string) => circlesRef.current.find((circle) => circle.id === id);
    const replace = (next: Circle) => {
      const circles = circlesRef.current.map((circle) => (circle.id === next.id ? next : circle));
      circlesRef.current = circles;
      dragging.current = { circles, moved: next };
      drawDrag.current(svg, true);
    };
    let moved: Circle | null = null;
    // While a circle is dragged nothing else takes the pointer (strategy.css): no hover flicker, a steady grab cursor.
    const startDrag = (group: Element | null) => {
      svg.dataset.dragging = '';
      group?.setAttribute('data-dragged', '');
    };
    // The SVG goes back to what React last drew, then React draws the outcome, in this same task.
    const endDrag = () => {
      delete svg.dataset.dragging;
      svg.querySelector('[data-dragged]')?.removeAttribute('data-dragged');
      drawing.current?.revert();
      flushSync(() => {
        if (moved) commitCircles([moved]);
        moved = null;
        dragging.current = null;
        dragScene.setState({ scene: null });
        setLive(null);
      });
    };

    const moveBehaviour = drag<SVGGElement, unknown>()
      .container(svg)
      .subject(function subject(this: SVGGElement) {
        const id = this.dataset.valueId ?? '';
        const circle = find(id);
        return circle ? { x: circle.x, y: circle.y, id } : { x: 0, y: 0, id };
      })
      .on('start', function started(this: SVGGElement) {
        startDrag(this);
      })
      .on('drag', (event: DragEvent) => {
        const circle = find(event.subject.id);
        if (!circle) return;
        moved = moveCircle(circle, event.x - circle.x, event.y - circle.y, CANVAS);
        replace(moved);
      })
      .on('end', endDrag);

    const resizeBehaviour = drag<SVGCircleElement, unknown>()
      .container(svg)
      .subject(function subject(this: SVGCircleElement) {
        const id = this.closest<SVGGElement>('[data-value-id]')?.dataset.valueId ?? '';
        return { x: Number(this.getAttribute('cx')), y: Number(this.getAttribute('cy')), id };
      })
      .on('start', function started(this: SVGCircleElement) {
        startDrag(this.closest('[data-value-id]'));
      })
      .on('drag', (event: DragEvent) => {
        const circle = find(event.subject.id);
        if (!circle) return;
        moved = resizeCircle(circle, distance(event, circle) - circle.r, CANVAS);
        replace(moved);
      })
      .on('end', endDrag);

    const groups = select(svg).selectAll<SVGGElement, unknown>('g[data-value-id]');
    groups.each(function attach() {
      const group = select(this);
      group.call(moveBehaviour);
      group.select<SVGCircleElement>('.venn-resize-handle').call(resizeBehaviour);
    });
    return () => {
      groups.on('.drag', null);
      groups.selectAll('.venn-resize-handle').on('.drag', null);
    };
  }, [svgRef, circlesRef, frames, circleKey, commitCircles, setLive, dragScene]);

  return dragScene;
}
