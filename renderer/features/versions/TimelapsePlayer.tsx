// Time-lapse: a scrubber through the versions that morphs the Venn diagram from one to the next, with each note.
import { easeCubicInOut } from 'd3-ease';
import { select } from 'd3-selection';
import 'd3-transition';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { timelapseFrames, tweenLayouts, type TweenCircle } from '../../../shared/domain/versions/timelapse';
import type { LayoutCircle } from '../../../shared/domain/versions/types';
import { VennFigure } from '../../ui/venn/VennFigure';
import { versionFigureCircles } from './versionFigure';
import type { VersionContent } from './versionContent';
import { formatVersionDate } from './versionText';

const MORPH_MS = 900;
const HOLD_MS = 1600;

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function TimelapsePlayer({ versions }: { versions: readonly VersionContent[] }) {
  const frames = useMemo(() => timelapseFrames(versions), [versions]);
  // Circles leaving during a morph belong to the older version: every version's values keep their colours.
  const allValues = useMemo(() => [...new Map(frames.flatMap((f) => f.version.values.map((v) => [v.id, v] as const))).values()], [frames]);
  const [index, setIndex] = useState(Math.max(frames.length - 1, 0));
  const [circles, setCircles] = useState<readonly (LayoutCircle | TweenCircle)[]>(frames.at(-1)?.circles ?? []);
  const [moving, setMoving] = useState(false);
  // The caption names the version the picture shows: it changes when a morph lands, not when it starts.
  const [captionIndex, setCaptionIndex] = useState(index);
  const [playing, setPlaying] = useState(false);
  const shownIndex = useRef(index);
  const driver = useRef<HTMLSpanElement>(null);
  const scrubberId = useId();

  const last = frames.length - 1;
  // Playing stops by itself at the last version.
  const isPlaying = playing && index < last;
  const frame = frames[Math.min(index, last)];

  useEffect(() => {
    const node = driver.current;
    const from = frames[shownIndex.current];
    const to = frames[index];
    if (!node || !to) return;
    shownIndex.current = index;
    if (!from || from === to || prefersReducedMotion()) {
      setCircles(to.circles);
      setCaptionIndex(index);
      return;
    }
    const tween = tweenLayouts(from.version.layout, to.version.layout);
    setMoving(true);
    const transition = select(node)
      .transition('morph')
      .duration(MORPH_MS)
      .ease(easeCubicInOut)
      .tween('layout', () => (t: number) => setCircles(tween(t)));
    transition.end().then(
      () => {
        setCircles(to.circles);
        setCaptionIndex(index);
        setMoving(false);
      },
      // Interrupted by the next step: that transition takes over from where this one stopped.
      () => {},
    );
    return () => {
      select(node).interrupt('morph');
    };
  }, [frames, index]);

  useEffect(() => {
    if (!playing || moving || index >= last) return;
    const timer = setTimeout(() => setIndex((current) => Math.min(current + 1, last)), HOLD_MS);
    return () => clearTimeout(timer);
  }, [playing, moving, index, last]);

  if (!frame) {
    return (
      <div className="empty-state">
        <h2>No versions yet</h2>
        <p>Each saved version becomes a frame here, so you can watch your strategy take shape.</p>
      </div>
    );
  }

  const shownFrame = frames[Math.min(captionIndex, last)] ?? frame;

  const frameValues = [...new Map([...allValues, ...frame.version.values].map((value) => [value.id, value])).values()];
  const width = frame.version.layout.width;
  const height = frame.version.layout.height;

  return (
    <div className="timelapse">
      <figure className="timelapse-stage">
        <VennFigure
          className="version-venn"
          circles={versionFigureCircles(circles, frameValues)}
          width={width}
          height={height}
          title={`Venn diagram, version ${captionIndex + 1} of ${frames.length}`}
        />
        <span ref={driver} hidden />
      </figure>
      <div className="timelapse-caption" aria-live="polite">
        <p className="timelapse-count">
          Version {captionIndex + 1} of {frames.length} · {formatVersionDate(shownFrame.version.createdAt)}
        </p>
        <p className="timelapse-note">{shownFrame.note}</p>
        <p className="timelapse-aspiration">{shownFrame.version.aspiration}</p>
      </div>
      <div className="timelapse-controls">
        <label className="visually-hidden" htmlFor={scrubberId}>
          Version
        </label>
        <input
          id={scrubberId}
          className="timelapse-scrubber"
          type="range"
          min={0}
          max={last}
          step={1}
          value={index}
          aria-valuetext={`Version ${index + 1} of ${frames.length}, ${formatVersionDate(frame.version.createdAt)}`}
          onChange={(event) => {
            setPlaying(false);
            setIndex(Number(event.target.value));
          }}
        />
        <p className="timelapse-range muted" aria-hidden="true">
          <span>{formatVersionDate(frames[0]?.version.createdAt ?? frame.version.createdAt)}</span>
          <span>{formatVersionDate(frames[last]?.version.createdAt ?? frame.version.createdAt)}</span>
        </p>
        <div className="timelapse-buttons">
          <button type="button" className="button" onClick={() => setIndex(Math.max(index - 1, 0))} disabled={index === 0}>
            Previous version
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              if (!isPlaying && index >= last) setIndex(0);
              setPlaying(!isPlaying);
            }}
            disabled={frames.length < 2}
          >
            {isPlaying ? 'Pause' : index >= last ? 'Play from the start' : 'Play'}
          </button>
          <button type="button" className="button" onClick={() => setIndex(Math.min(index + 1, last))} disabled={index >= last}>
            Next version
          </button>
        </div>
      </div>
    </div>
  );
}
