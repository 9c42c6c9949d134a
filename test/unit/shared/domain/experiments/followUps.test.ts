// Follow-ups due this week: missed ones and the next seven days, soonest first; later ones wait.
import { describe, expect, it } from 'vitest';
import type { Experiment } from '../../../../../shared/domain/experiment';
import { followUpsDue } from '../../../../../shared/domain/experiments/followUps';

const stamp = '2026-03-01T10:00:00.000Z';
function experiment(people: [string, string | null][], places: [string, string | null][] = []): Experiment {
  const id = '11111111-1111-4111-8111-111111111111';
  return {
    id, title: 'Data meetups', kind: 'networking', hypothesis: '', successCriteria: '', stopCriteria: '',
    plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null, status: 'running', dropReason: '',
    outcome: '', learning: '', energy: null, engagement: null, valueIds: [], createdAt: stamp, updatedAt: stamp,
    people: people.map(([name, followUpDate], i) => ({
      id: `p${i}`, experimentId: id, name, where: '', notes: '', learned: '', canGive: '', followUpDate, createdAt: stamp, updatedAt: stamp,
    })),
    places: places.map(([name, followUpDate], i) => ({
      id: `q${i}`, experimentId: id, name, mode: 'online', where: '', notes: '', followUpDate, createdAt: stamp, updatedAt: stamp,
    })),
  };
}

describe('follow-ups due', () => {
  it('lists missed and this week’s follow-ups soonest first, and leaves out later and undated ones', () => {
    const due = followUpsDue([experiment([['Ada', '2026-03-12'], ['Grace', '2026-03-08'], ['Linus', '2026-03-17'], ['Ken', null]], [['Data Slack', '2026-03-10']])], '2026-03-10');
    expect(due.map((f) => [f.name, f.kind, f.overdue])).toEqual([
      ['Grace', 'person', true],
      ['Data Slack', 'place', false],
      ['Ada', 'person', false],
    ]);
    expect(due[0]?.experimentTitle).toBe('Data meetups');
  });

  it('counts the seventh day as this week and the eighth as next', () => {
    const due = followUpsDue([experiment([['Day seven', '2026-03-16'], ['Day eight', '2026-03-17']])], '2026-03-10');
    expect(due.map((f) => f.name)).toEqual(['Day seven']);
  });
});
