// Seeds a lived-in journal through the API: values, and entries over the past year with tags, values and ratings.
import { addDays, format, subYears } from 'date-fns';
import { callApi } from './api';
import type { HostProcess } from './host';

interface Created {
  id: string;
}

const entries = [
  { title: 'Coffee with a data PM', body: 'She spends her days turning **messy data** into decisions people trust. I want more of that.\n\nShe said the hard part is *listening*, not the SQL.', tags: ['networking', 'data'], values: [0, 2], energy: 5, engagement: 4 },
  { title: 'Ran the onboarding workshop', body: 'Six new starters, two hours. Explaining the pipeline made me see which parts are needlessly complex.', tags: ['teaching'], values: [1, 3], energy: 4, engagement: 5 },
  { title: 'Quarterly planning drained me', body: 'Three hours of slides about slides. I noticed I only woke up when we sketched the customer journey.', tags: ['planning'], values: [3], energy: 2, engagement: 2 },
  { title: 'Side project: budget tracker', body: 'Shipped the CSV import. Two friends already use it. Building small tools for real people feels right.', tags: ['side-project', 'building'], values: [2], energy: 5, engagement: 5 },
  { title: 'Informational chat with a UX researcher', body: 'Asked what a normal week looks like. Lots of interviews, synthesis, and arguing for users. Interesting overlap with teaching.', tags: ['networking'], values: [0, 1], energy: 4, engagement: 4 },
  { title: 'Mentoring session', body: 'Helped Priya untangle her first dashboard. Teaching is the part of the job I would keep if I kept only one.', tags: ['teaching', 'mentoring'], values: [1], energy: 4, engagement: 5 },
  { title: 'What the market is telling me', body: 'Every posting wants “AI fluency”. What I actually offer is judgement about which numbers matter.', tags: ['market'], values: [3], energy: 3, engagement: 3 },
  { title: 'Volunteered at the data clinic', body: 'Two charities, one afternoon. Simplifying their reporting took an hour and saved them a day a month.', tags: ['volunteering', 'data'], values: [0, 3], energy: 5, engagement: 4 },
];

export async function seedJournal(host: HostProcess, today: Date): Promise<{ valueIds: string[] }> {
  const valueLabels = [
    ['Connecting people', '#3d6b4f'],
    ['Teaching', '#b4654a'],
    ['Building', '#4a6fb4'],
    ['Simplifying', '#8a6bb4'],
  ] as const;
  const valueIds: string[] = [];
  for (const [label, colour] of valueLabels) valueIds.push((await callApi<Created>(host, 'values.create', { label, colour })).id);
  let day = 0;
  for (let round = 0; round < 4; round += 1) {
    for (const entry of entries) {
      day += round === 0 ? 1 : 3;
      await callApi(host, 'reflections.create', {
        entryDate: format(addDays(today, -day), 'yyyy-MM-dd'),
        title: entry.title,
        body: entry.body,
        tags: entry.tags,
        valueIds: entry.values.map((index) => valueIds[index]),
        energy: entry.energy,
        engagement: entry.engagement,
      });
    }
  }
  await callApi(host, 'reflections.create', {
    entryDate: format(subYears(today, 1), 'yyyy-MM-dd'),
    title: 'Layoff rumours, and what I would miss',
    body: 'If the team goes, I would miss the teaching most. Not the title, not the tools.',
    tags: ['career'],
    valueIds: [valueIds[1]],
  });
  return { valueIds };
}
