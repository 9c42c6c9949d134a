// Test helper: a journal with something in every table, written through the contract like a person would.
import type { Core } from '../../../../../electron/core/core';
import type { Clock } from '../../../../../electron/core/clock';
import { call } from '../coreFixture';

/** A clock that moves a minute on every reading, so every timestamp differs and ordering by time is exact. */
export function steppingClock(start = Date.parse('2026-01-05T09:00:00.000Z')): Clock {
  let now = start;
  return () => {
    now += 60_000;
    return new Date(now);
  };
}

export async function seedJournal(core: Core): Promise<void> {
  const teaching = await call(core, 'values.create', { label: 'Teaching people to fish', description: 'Helping people grow', colour: '#3a7d44' });
  const simplifying = await call(core, 'values.create', { label: 'Simplifying', colour: '#c0392b' });
  const craft = await call(core, 'values.create', { label: 'Making things with my hands' });
  await call(core, 'values.update', { id: simplifying.id, archived: true });
  await call(core, 'values.reorder', { ids: [craft.id, teaching.id, simplifying.id] });

  const meetup = await call(core, 'experiments.create', {
    title: 'Attend the data meetup',
    kind: 'networking',
    hypothesis: 'People there do the work I want',
    successCriteria: 'Two real conversations about their week',
    stopCriteria: 'Three meetups with no conversation',
    status: 'running',
    plannedStart: '2025-12-10',
    actualStart: '2025-12-12',
    energy: 4,
    valueIds: [teaching.id],
  });
  await call(core, 'experiments.people.create', { experimentId: meetup.id, name: 'Priya', where: 'Meetup', canGive: 'An intro', followUpDate: '2026-02-01' });
  await call(core, 'experiments.places.create', { experimentId: meetup.id, name: 'Data Meetup Berlin', mode: 'in_person', where: 'Kreuzberg' });
  const course = await call(core, 'experiments.create', { title: 'Pottery course', kind: 'course', status: 'dropped', dropReason: 'Too far away' });

  const ownPrompt = await call(core, 'prompts.create', { group: 'Review', text: 'What did this week teach you?' });
  const hiddenPrompt = await call(core, 'prompts.create', { group: 'Review', text: 'Old question' });
  await call(core, 'prompts.update', { id: hiddenPrompt.id, hidden: true });
  await call(core, 'prompts.update', { id: 'builtin-energy-2', hidden: true });

  await call(core, 'reflections.create', {
    entryDate: '2025-12-12',
    title: 'Repair day',
    body: 'Fixed a **radio** with Sam.\n\n- it hummed',
    energy: 5,
    engagement: 4,
    tags: ['hands-on', 'Community'],
    valueIds: [craft.id, teaching.id],
    experimentIds: [meetup.id, course.id],
    promptId: ownPrompt.id,
  });
  await call(core, 'reflections.create', { entryDate: '2025-12-13', promptId: 'builtin-energy-1', tags: ['hands-on'] });
  await call(core, 'reflections.create', { entryDate: '2025-12-13' });
  await call(core, 'reflections.create', { entryDate: '2025-12-13' });
  const edited = await call(core, 'reflections.create', { entryDate: '2025-12-14', title: 'Draft', tags: ['temporary'] });
  await call(core, 'reflections.update', { id: edited.id, title: 'Edited later', body: 'Ünïcode – “quotes” 🙂', tags: ['weekly'] });

  await call(core, 'strategy.save', {
    aspiration: 'Turning messy data into decisions people trust',
    strengths: 'Patient explaining',
    impact: 'Teams that decide faster',
    layout: { version: 1, width: 600, height: 400, circles: [{ valueId: teaching.id, x: 300, y: 200, r: 120 }], shown: [teaching.id] },
  });
  await call(core, 'strategy.snapshot', { changeNote: 'First draft after three conversations' });
  await call(core, 'strategy.save', { aspiration: 'Teaching teams to trust their data' });
  await call(core, 'strategy.snapshot', { changeNote: 'Sharper after the meetup' });

  await call(core, 'settings.set', { key: 'backups.keep', value: 10 });
  await call(core, 'settings.set', { key: 'security.autoLockMinutes', value: 15 });
}
