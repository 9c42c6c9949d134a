// The prompts Cairn ships with, frozen as of schema 2: later additions belong in their own migration.
export const builtInPrompts: readonly { id: string; group: string; text: string }[] = [
  { id: 'builtin-energy-1', group: 'Energy', text: 'What gave you energy today, and what drained it?' },
  { id: 'builtin-energy-2', group: 'Energy', text: 'When did time fly this week? What were you doing?' },
  { id: 'builtin-values-1', group: 'Values', text: 'Which of your values did you act on today? Which did you set aside?' },
  { id: 'builtin-values-2', group: 'Values', text: 'What would you defend even if it cost you something at work?' },
  { id: 'builtin-strengths-1', group: 'Strengths', text: 'What did you do well today that others found hard?' },
  { id: 'builtin-impact-1', group: 'Impact', text: 'Who benefited from your work this week, and how do you know?' },
  { id: 'builtin-experiments-1', group: 'Experiments', text: 'What small step could test an idea you keep returning to?' },
  { id: 'builtin-experiments-2', group: 'Experiments', text: 'What surprised you in your latest experiment?' },
];
