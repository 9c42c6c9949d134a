// Words for timeline items: what the keyboard focus announces and what the period list shows.
import type { BucketSize } from '../../../shared/domain/timeline/calendar';
import type { PreparedTimeline, TimelineScene } from './timelineScene';

import { formatDay, formatMonth } from '../../ui/dates';

export { formatDay };

const statusWords: Record<string, string> = {
  idea: 'an idea',
  planned: 'planned',
  running: 'running',
  concluded: 'concluded',
  dropped: 'dropped',
};

function binPeriod(bucket: BucketSize, start: Date): string {
  switch (bucket) {
    case 'day':
      return `on ${formatDay(start)}`;
    case 'week':
      return `in the week of ${formatDay(start)}`;
    case 'month':
      return `in ${formatMonth(start)}`;
    case 'quarter':
      return `in Q${Math.floor(start.getMonth() / 3) + 1} ${start.getFullYear()}`;
    case 'year':
      return `in ${start.getFullYear()}`;
  }
}

/** One sentence for the item with this key, or null when it is not in the scene. */
export function describeItem(prepared: PreparedTimeline, scene: TimelineScene, key: string): string | null {
  const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'version') {
    const marker = scene.markers.find((candidate) => candidate.version.id === id);
    return marker ? `Strategy version, ${formatDay(marker.at)}: ${marker.version.note}` : null;
  }
  if (kind === 'experiment') {
    const placed = prepared.placedById.get(id);
    if (!placed) return null;
    const until = placed.openEnded ? 'ongoing' : formatDay(new Date(placed.end.getTime() - 1));
    return `Experiment “${placed.experiment.title}”, ${statusWords[placed.experiment.status] ?? placed.experiment.status}, ${formatDay(placed.start)} to ${until}`;
  }
  const mark = scene.marks.find((candidate) => candidate.bin.firstDay === id);
  if (!mark) return null;
  const count = mark.bin.count === 1 ? '1 reflection' : `${mark.bin.count} reflections`;
  return `${count} ${binPeriod(scene.bucket, mark.bin.start)}`;
}
