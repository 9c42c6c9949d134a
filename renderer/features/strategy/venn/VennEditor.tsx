// The interactive Venn editor: drag, resize and nudge value circles, pick regions, drop reflections, tidy or arrange, export.
import { easeCubicInOut } from 'd3-ease';
import { interpolateNumber } from 'd3-interpolate';
import { pointer, select } from 'd3-selection';
import 'd3-transition';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { countEvidence } from '../../../../shared/domain/evidence';
import { moveCircle, resizeCircle } from '../../../../shared/domain/venn/canvas';
import { type Circle } from '../../../../shared/domain/venn/circle';
import { describeCommonRegion, describeOverlaps } from '../../../../shared/domain/venn/describe';
import { layoutByEvidence } from '../../../../shared/domain/venn/evidenceLayout';
import { regionKey, regionOfPoint } from '../../../../shared/domain/venn/regions';
import { tidyLayout } from '../../../../shared/domain/venn/tidyLayout';
import { SaveStatus } from '../../../app/saver/SaveStatus';
import { useErrors } from '../../shell/errorStore';
import { useStrategy } from '../strategyStore';
import { exportPng, exportSvg, type ExportTheme } from '../../../ui/venn/exportFigure';
import { ASIDE_BAND, buildVennScene, type VennValueCircle } from '../../../ui/venn/vennScene';
import '../../../ui/venn/venn.css';
import { CANVAS, shownCircles, withCircles } from './effectiveLayout';
import { rovingTarget, tabStop } from './rovingFocus';
import { emptySlots, placeSlots } from './sceneSlots';
import { type Frames, useCircleDrag } from './useCircleDrag';
import { EditableCircle, LiveEditorScene } from './VennEditorParts';

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

/** Its own component, so a change of save state never re-renders the diagram. */
function LayoutSaveStatus() {
  return (
    <SaveStatus
      status={useStrategy((state) => state.layoutStatus)}
      className="venn-save-status"
      onDiscard={() => void useStrategy.getState().discardRefused('layout')}
    />
  );
}

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
  // The circle and the badge last focused: each group keeps one Tab stop there (roving tabindex).
  const [activeCircle, setActiveCircle] = useState<string | null>(null);
  const [activeRegion, setActiveRegion] = useState<string | null>(null);
  // Pictures go into documents and slides, which are mostly light: light unless the person asks for dark.
  const [exportTheme, setExportTheme] = useState<ExportTheme>('light');
  const svgRef = useRef<SVGSVGElement>(null);
  const idPrefix = useId();
  const circlesRef = useRef<Circle[]>([]);
  const frames = useRef<Frames | null>(null);
  const layoutRef = useRef(layout);
  const commitCircles = useCallback((changed: Circle[], mergeKey: string | null = null) => {
    const current = layoutRef.current;
    if (current) useStrategy.getState().commitLayout(withCircles(current, changed), mergeKey);
  }, []);
  const stored = useMemo(() => (layout ? shownCircles(layout) : []), [layout]);
  const circles = live ?? stored;

  const valueById = useMemo(() => new Map(values.map((value) => [value.id, value])), [values]);
  const named = useCallback(
    (id: string) => {
      const value = valueById.get(id);
      return { id, label: value?.label ?? '', colour: value?.colour ?? '#5f584d' };
    },
    [valueById],
  );
  const withLabels = useCallback((circles: readonly Circle[]): VennValueCircle[] => circles.map((circle) => ({ ...circle, ...named(circle.id) })), [named]);
  const valueCircles = useMemo(() => withLabels(circles), [withLabels, circles]);
  const shownIds = useMemo(() => layout?.shown ?? [], [layout]);
  const counts = useMemo(() => countEvidence(evidence, shownIds), [evidence, shownIds]);
  const slots = useMemo(() => emptySlots(shownIds.map(named), counts), [named, shownIds, counts]);
  const sceneOf = useCallback(
    (circles: readonly Circle[]) => placeSlots(slots, buildVennScene(withLabels(circles), { width: CANVAS.width, height: CANVAS.height, counts, aspiration })),
    [slots, withLabels, counts, aspiration],
  );
  const scene = useMemo(() => sceneOf(circles), [sceneOf, circles]);
  // What event handlers read: set before the drag's own layout effect draws a drag in progress over this render.
  useLayoutEffect(() => {
    layoutRef.current = layout;
    circlesRef.current = circles;
    frames.current = { scene, sceneOf };
  });
  const dragScene = useCircleDrag({ svgRef, circlesRef, frames, commitCircles, setLive, circleKey: stored.map((circle) => circle.id).join('|') });
  const exportedFigure = () => ({ circles: withLabels(stored), width: CANVAS.width, height: CANVAS.height, counts, aspiration });
  const labelOf = useCallback((id: string) => valueById.get(id)?.label ?? '', [valueById]);
  const descriptions = useMemo(() => describeOverlaps(stored, labelOf), [stored, labelOf]);
  const commonRegion = useMemo(() => describeCommonRegion(stored), [stored]);

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
      // Alt with an arrow goes to another circle; plain arrows move this one.
      const other = event.altKey && !event.ctrlKey && !event.metaKey ? rovingTarget(event.currentTarget, '[data-venn-circle]', event.key) : null;
      if (other) {
        event.preventDefault();
        other.focus();
        return;
      }
      if (event.altKey) return;
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
  const circleStop = tabStop(valueCircles, (circle) => circle.id, activeCircle);
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
        <LayoutSaveStatus />
        <span className="venn-toolbar-gap" />
        <span className="venn-toolbar-caption" aria-hidden="true">
          Export
        </span>
        <button
          type="button"
          className="button button-quiet button-small"
          aria-label="Export SVG"
          disabled={shownIds.length === 0}
          onClick={() => exportSvg(exportedFigure(), exportTheme, 'cairn-strategy.svg')}
        >
          SVG
        </button>
        <button
          type="button"
          className="button button-quiet button-small"
          aria-label="Export PNG"
          disabled={shownIds.length === 0}
          onClick={() => {
            exportPng(exportedFigure(), exportTheme, 'cairn-strategy.png').catch((error: unknown) => useErrors.getState().report('Could not export the picture', error));
          }}
        >
          PNG
        </button>
        <label className="venn-export-theme">
          <input type="checkbox" checked={exportTheme === 'dark'} onChange={(event) => setExportTheme(event.target.checked ? 'dark' : 'light')} />
          Dark background
        </label>
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
              tabbable={circle.id === circleStop}
              onKey={onCircleKey}
              onFocus={setActiveCircle}
            />
          ))}
          <LiveEditorScene
            drag={dragScene}
            scene={scene}
            selectedKey={selectedKey}
            activeRegion={activeRegion}
            onSelect={selectRegion}
            onRegionFocus={setActiveRegion}
          />
        </svg>
      )}
      {descriptions.map((description, index) => (
        <p key={description.id} id={`${idPrefix}-circle-${index}`} className="visually-hidden">
          {description.text} Arrow keys move it, Shift for bigger steps; plus and minus resize it; Alt with an arrow goes to the next circle.
        </p>
      ))}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
