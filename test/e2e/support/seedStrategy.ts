// Seeds a realistic strategy history through the API: values, a saved version, reflections and experiments.
import { callApi } from './api';
import type { HostProcess } from './host';

interface Seeded {
  values: { id: string; label: string }[];
  reflectionCount: number;
  experimentTitles: string[];
  firstNote: string;
}

const valueSeeds = [
  { label: 'making things people use', colour: '#3d6b4f', description: 'Shipping tools that someone opens every day.' },
  { label: 'teaching what I learn', colour: '#5b7fa8', description: 'Writing and mentoring.' },
  { label: 'working with data', colour: '#c07a2c', description: 'Numbers that change a decision.' },
  { label: 'a calm pace', colour: '#8a5a9e', description: 'Room to think.' },
];

function layout(ids: string[], spread: number) {
  const centres = [
    { x: 300 - spread, y: 190 },
    { x: 300 + spread, y: 190 },
    { x: 300, y: 190 + spread * 1.3 },
  ];
  const circles = ids.map((valueId, index) => ({ valueId, x: centres[index % 3]!.x, y: centres[index % 3]!.y, r: 130 }));
  return { version: 1, width: 600, height: 440, circles, shown: ids };
}

function isoDay(start: Date, offsetDays: number): string {
  const day = new Date(start.getTime() + offsetDays * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/**
 * One version saved with three values, then the draft moves on: new aspiration words and a renamed
 * value, so the next check-in has something to compare. Reflections run over the past year.
 */
export async function seedStrategyHistory(host: HostProcess): Promise<Seeded> {
  const values: { id: string; label: string }[] = [];
  for (const seed of valueSeeds) values.push(await callApi<{ id: string; label: string }>(host, 'values.create', seed));
  const [make, teach, data] = values.map((value) => value.id) as [string, string, string, string];

  await callApi(host, 'strategy.save', {
    aspiration: 'Build tools that help small teams make better decisions',
    layout: layout([make, teach, data], 80),
  });
  const firstNote = 'First sketch after the offsite';
  await callApi(host, 'strategy.snapshot', { changeNote: firstNote });

  await callApi(host, 'strategy.save', {
    aspiration: 'Build and teach tools that help small teams make calmer, better decisions',
    layout: layout([make, teach, data], 65),
  });
  await callApi(host, 'values.update', { id: data, label: 'turning data into decisions' });

  const start = new Date(Date.UTC(new Date().getUTCFullYear() - 1, new Date().getUTCMonth(), 3));
  const titles = ['Coffee with a data PM', 'Taught the SQL workshop', 'Shipped the export', 'Quiet week', 'Mentoring session'];
  let reflectionCount = 0;
  for (let day = 0; day < 330; day += 4) {
    const valueIds = [values[(day / 4) % 4]!.id, ...(day % 3 === 0 ? [values[(day / 4 + 1) % 4]!.id] : [])];
    await callApi(host, 'reflections.create', {
      entryDate: isoDay(start, day),
      title: titles[day % titles.length],
      body: 'A day on the trail.',
      valueIds,
    });
    reflectionCount += 1;
  }

  // Criteria decided up front: the core refuses to start an experiment without them.
  const criteria = { successCriteria: 'Two honest conversations', stopCriteria: 'A month with none' };
  const experiments = [
    { title: 'Informational interviews', status: 'concluded', actualStart: isoDay(start, 20), actualEnd: isoDay(start, 80), ...criteria, outcome: 'Five calls', learning: 'Listening is the job' },
    { title: 'Teach a workshop', status: 'concluded', actualStart: isoDay(start, 60), actualEnd: isoDay(start, 120), ...criteria, outcome: 'Ran it twice', learning: 'Teaching energises me' },
    { title: 'Side project: budget app', status: 'dropped', actualStart: isoDay(start, 140), actualEnd: isoDay(start, 175), ...criteria, dropReason: 'No time' },
    { title: 'Shadow the data team', status: 'running', actualStart: isoDay(start, 250), ...criteria },
    { title: 'Course on causal inference', status: 'planned', plannedStart: isoDay(start, 340), plannedEnd: isoDay(start, 400) },
  ];
  for (const experiment of experiments) await callApi(host, 'experiments.create', experiment);
  return { values, reflectionCount, experimentTitles: experiments.map((e) => e.title), firstNote };
}
