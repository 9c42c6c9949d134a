// The interactive Venn editor: drag, resize and nudge value circles, pick regions, drop reflections, tidy or arrange, export.
import { drag } from 'd3-drag';
import { easeCubicInOut } from 'd3-ease';
import { interpolateNumber } from 'd3-interpolate';
import { pointer, select } from 'd3-selection';
import 'd3-transition';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { countEvidence } from '../../../../shared/domain/evidence';
import { moveCircle, resizeCircle } from '../../../../shared/domain/venn/canvas';
import { type Circle, distance } from '../../../../shared/domain/venn/circle';
import { describeCommonRegion, describeOverlaps } from '../../../../shared/domain/venn/describe';
import { layoutByEvidence } from '../../../../shared/domain/venn/evidence-layout';
import { regionKey, regionOfPoint } from '../../../../shared/domain/venn/regions';
import { tidyLayout } from '../../../../shared/domain/venn/tidy-layout';
import { useErrors } from '../../shell/errorStore';
import { useStrategy } from '../strategyStore';
import { exportPng, exportSvg } from '../../../ui/venn/exportFigure';
import { ASIDE_BAND, buildVennScene, type VennValueCircle } from '../../../ui/venn/vennScene';
import '../../../ui/venn/venn.css';
import { CANVAS, shownCircles, withCircles } from './effectiveLayout';
import { EditableCircle, EditorScene } from './VennEditorParts';

export const REFLECTION_DRAG_TYPE = 'application/x-cairn-reflection';
const STEP = 4;
const BIG_STEP = 24;
const ANIMATION_MS = 550;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

type StrategyState = ReturnType<typeof useStrategy.getState>;

// Selectors made once: a new selector on each render would have React schedule an effect after every drag move.
const selectValues = (state: StrategyState) => state.values;
const selectLayout = (state: StrategyState) => state.history?.present ?? null;
const selectCanUndo = (state: StrategyState) => (state.history?.past.length ?? 0) > 0;
const selectCanRedo = (state: StrategyState) => (state.history?.future.length ?? 0) > 0;
const selectEvidence = (state: StrategyState) => state.evidence;
const selectAspiration = (state: StrategyState) => state.text.aspiration;
const selectSelectedRegion = (state: StrategyState) => state.selectedRegion;

export function VennEditor() {
  const values = useStrategy(selectValues);
  const layout = useStrategy(selectLayout);
  const canUndo = useStrategy(selectCanUndo);
  const canRedo = useStrategy(selectCanRedo);
  const evidence = useStrategy(selectEvidence);
  const aspiration = useStrategy(selectAspiration);
  const selectedRegion = useStrategy(selectSelectedRegion);
  const [live, setLive] = useState<Circle[] | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const svgRef = useRef<SVGSVGElement>(null);
  const idPrefix = useId();

  const stored = useMemo(() => (layout ? shownCircles(layout) : []), [layout]);
  const circles = live ?? stored;
  const circlesRef = useRef(circles);
  circlesRef.current = circles;
  const layoutRef = useRef(layout);
  layoutRef.current = layout;

  const valueById = useMemo(() => new Map(values.map((value) => [value.id, value])), [values]);
  const valueCircles: VennValueCircle[] = useMemo(
    () =>
      circles.map((circle) => {
        const value = valueById.get(circle.id);
        return { ...circle, label: value?.label ?? '', colour: value?.colour ?? '#5f584d' };
      }),
    [circles, valueById],
  );
  const shownIds = useMemo(() => layout?.shown ?? [], [layout]);
  const counts = useMemo(() => countEvidence(evidence, shownIds), [evidence, shownIds]);
  const scene = useMemo(
    () => buildVennScene(valueCircles, { width: CANVAS.width, height: CANVAS.height, counts, aspiration }),
    [valueCircles, counts, aspiration],
  );
  const labelOf = useCallback((id: string) => valueById.get(id)?.label ?? '', [valueById]);
  const descriptions = useMemo(() => describeOverlaps(stored, labelOf), [stored, labelOf]);
  const commonRegion = useMemo(() => describeCommonRegion(stored), [stored]);

  const commitCircles = useCallback((changed: Circle[], mergeKey: string | null = null) => {
    const current = layoutRef.current;
    if (current) useStrategy.getState().commitLayout(withCircles(current, changed), mergeKey);
  }, []);

  // d3-drag moves a circle (or resizes it from its handle) in local state only; the store hears once, at the end.
  const circleKey = stored.map((circle) => circle.id).join('|');
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const find = (id: string) => circlesRef.current.find((circle) => circle.id === id);
    // Rendered within the pointer move, so the move and its picture share one frame instead of taking two.
    const replace = (next: Circle) => {
      const circles = circlesRef.current.map((circle) => (circle.id === next.id ? next : circle));
      circlesRef.current = circles;
      flushSync(() => setLive(circles));
    };
    let moved: Circle | null = null;
    // While a circle is dragged nothing else takes the pointer (strategy.css): no hover flicker, a steady grab cursor.
    const startDrag = (group: Element | null) => {
      svg.dataset.dragging = '';
      group?.setAttribute('data-dragged', '');
    };
    const endDrag = () => {
      delete svg.dataset.dragging;
      svg.querySelector('[data-dragged]')?.removeAttribute('data-dragged');
      if (moved) commitCircles([moved]);
      moved = null;
      setLive(null);
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
      .on('drag', (event: { x: number; y: number; subject: { id: string } }) => {
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
      .on('drag', (event: { x: number; y: number; subject: { id: string } }) => {
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
  }, [circleKey, commitCircles]);

  // Wheel resizing needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (event: WheelEvent) => {
      const id = (event.target as Element | null)?.closest<SVGGElement>('[data-value-id]')?.dataset.valueId;
      const circle = circlesRef.current.find((c) => c.id === id);
      if (!circle) return;
      event.preventDefault();
      commitCircles([resizeCircle(circle, event.deltaY < 0 ? STEP : -STEP, CANVAS)], `wheel:${circle.id}`);
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [commitCircles]);

  function animateTo(target: Circle[], message: string) {
    const svg = svgRef.current;
    const current = layoutRef.current;
    if (!svg || !current) return;
    const from = new Map(circlesRef.current.map((circle) => [circle.id, circle]));
    useStrategy.getState().commitLayout(withCircles(current, target));
    setAnnouncement(message);
    const tweens = target.map((end) => {
      const start = from.get(end.id) ?? end;
      return { id: end.id, x: interpolateNumber(start.x, end.x), y: interpolateNumber(start.y, end.y), r: interpolateNumber(start.r, end.r) };
    });
    select(svg)
      .interrupt('layout')
      .transition('layout')
      .duration(prefersReducedMotion() ? 0 : ANIMATION_MS)
      .ease(easeCubicInOut)
      .tween('circles', () => (t: number) => setLive(tweens.map((tween) => ({ id: tween.id, x: tween.x(t), y: tween.y(t), r: tween.r(t) }))))
      .on('end interrupt', () => setLive(null));
  }

  function tidy() {
    animateTo(tidyLayout(shownIds, CANVAS.width, CANVAS.height), 'Circles tidied into a symmetric layout.');
  }

  function arrangeByEvidence() {
    try {
      animateTo(layoutByEvidence(shownIds, counts, CANVAS.width, CANVAS.height), 'Circles arranged by how much evidence each combination has.');
    } catch (error) {
      useErrors.getState().report('Could not arrange by evidence', error);
    }
  }

  const onCircleKey = useCallback(
    (event: KeyboardEvent<SVGGElement>, circle: Circle) => {
      const step = event.shiftKey ? BIG_STEP : STEP;
      const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
      const move = moves[event.key];
      let next: Circle | null = null;
      if (move) next = moveCircle(circle, move[0], move[1], CANVAS);
      else if (event.key === '+' || event.key === '=') next = resizeCircle(circle, step, CANVAS);
      else if (event.key === '-' || event.key === '_') next = resizeCircle(circle, -step, CANVAS);
      if (!next) return;
      event.preventDefault();
      commitCircles([next], `key:${circle.id}`);
    },
    [commitCircles],
  );

  function pickRegionAt(clientEvent: { clientX: number; clientY: number }): string[] {
    const svg = svgRef.current;
    if (!svg) return [];
    const [x, y] = pointer(clientEvent, svg);
    return regionOfPoint({ x, y }, circlesRef.current);
  }

  const selectRegion = useCallback((ids: string[]) => {
    const current = useStrategy.getState().selectedRegion;
    const same = current !== null && regionKey(current) === regionKey(ids);
    useStrategy.getState().selectRegion(ids.length === 0 || same ? null : ids);
  }, []);

  if (!layout) return null;
  const selectedKey = selectedRegion ? regionKey(selectedRegion) : null;

  return (
    <div className="venn-editor">
      <div className="venn-toolbar" role="group" aria-label="Diagram tools">
        <button type="button" className="button button-small" onClick={tidy} disabled={shownIds.length === 0}>
          Tidy
        </button>
        <button type="button" className="button button-small" onClick={arrangeByEvidence} disabled={shownIds.length === 0}>
          Arrange by evidence
        </button>
        <button type="button" className="button button-quiet button-small" onClick={() => useStrategy.getState().undo()} disabled={!canUndo}>
          Undo
        </button>
        <button type="button" className="button button-quiet button-small" onClick={() => useStrategy.getState().redo()} disabled={!canRedo}>
          Redo
        </button>
        <span className="venn-toolbar-gap" />
        <span className="venn-toolbar-caption" aria-hidden="true">
          Export
        </span>
        <button
          type="button"
          className="button button-quiet button-small"
          aria-label="Export SVG"
          onClick={() => svgRef.current && exportSvg(svgRef.current, 'cairn-strategy.svg')}
        >
          SVG
        </button>
        <button
          type="button"
          className="button button-quiet button-small"
          aria-label="Export PNG"
          onClick={() => {
            if (svgRef.current) exportPng(svgRef.current, 'cairn-strategy.png').catch((error: unknown) => useErrors.getState().report('Could not export the picture', error));
          }}
        >
          PNG
        </button>
      </div>
      {shownIds.length === 0 ? (
        <div className="venn-empty">
          <p>Add a value to start your diagram. Each value becomes a circle; where they overlap is work that expresses several at once.</p>
        </div>
      ) : (
        <svg
          ref={svgRef}
          className="venn-figure venn-editable"
          viewBox={`0 0 ${CANVAS.width} ${CANVAS.height + ASIDE_BAND}`}
          role="group"
          aria-label={`Values diagram. ${commonRegion}`}
          onClick={(event) => {
            if ((event.target as Element).closest('[data-region-key]')) return;
            selectRegion(pickRegionAt(event));
          }}
          onDragOver={(event) => {
            if (event.dataTransfer.types.includes(REFLECTION_DRAG_TYPE)) event.preventDefault();
          }}
          onDrop={(event) => {
            const reflectionId = event.dataTransfer.getData(REFLECTION_DRAG_TYPE);
            const region = pickRegionAt(event);
            if (!reflectionId || region.length === 0) return;
            event.preventDefault();
            void useStrategy.getState().linkReflection(reflectionId, region).then(() => {
              useStrategy.getState().selectRegion(region);
              setAnnouncement(`Linked to ${region.map(labelOf).join(' and ')}.`);
            });
          }}
        >
          <rect className="venn-canvas" width={CANVAS.width} height={CANVAS.height + ASIDE_BAND} rx={12} data-export="omit" />
          {valueCircles.map((circle, index) => (
            <EditableCircle
              key={circle.id}
              id={circle.id}
              x={circle.x}
              y={circle.y}
              r={circle.r}
              label={circle.label}
              colour={circle.colour}
              describedBy={`${idPrefix}-circle-${index}`}
              onKey={onCircleKey}
            />
          ))}
          <EditorScene scene={scene} selectedKey={selectedKey} onSelect={selectRegion} />
        </svg>
      )}
      {descriptions.map((description, index) => (
        <p key={description.id} id={`${idPrefix}-circle-${index}`} className="visually-hidden">
          {description.text} Arrow keys move it, Shift for bigger steps; plus and minus resize it.
        </p>
      ))}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
