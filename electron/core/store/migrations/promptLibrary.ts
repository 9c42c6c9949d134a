// The prompt library added in schema 5: the first prompts regrouped by the method's steps, and new ones for every step.
import type { PromptGroup } from '../../../../shared/domain/promptGroups';

/** Schema 2's built-in prompts, moved into the method's groups (their wording is unchanged). */
export const regroupedBuiltIns: Readonly<Record<string, PromptGroup>> = {
  'builtin-energy-1': 'Energy and engagement',
  'builtin-energy-2': 'Energy and engagement',
  'builtin-values-1': 'Values as verbs',
  'builtin-values-2': 'Values as verbs',
  'builtin-strengths-1': 'Strengths and impact',
  'builtin-impact-1': 'Strengths and impact',
  'builtin-experiments-1': 'Experiments',
  'builtin-experiments-2': 'Experiments',
};

/** Frozen as of schema 4: later additions belong in their own migration. */
export const libraryPrompts: readonly { id: string; group: PromptGroup; text: string }[] = [
  { id: 'library-aspiration-1', group: 'Aspiration', text: 'Describe the most gratifying work you could do without naming a job title. What would you be doing, and for whom?' },
  { id: 'library-aspiration-2', group: 'Aspiration', text: 'Finish this sentence three ways: “At my best, I am the person who turns … into …”. Which version feels truest?' },
  { id: 'library-aspiration-3', group: 'Aspiration', text: 'What is the market telling you about your work, and what are you telling yourself? Where do the two disagree?' },
  { id: 'library-aspiration-4', group: 'Aspiration', text: 'Read your aspiration again. Is it high-level enough to survive a reorganisation, a new tool or a new employer?' },
  { id: 'library-strengths-1', group: 'Strengths and impact', text: 'What do people come to you for, even when it is not in your job description?' },
  { id: 'library-strengths-2', group: 'Strengths and impact', text: 'Which piece of work from the past year would you most like to be remembered for? What made it matter?' },
  { id: 'library-strengths-3', group: 'Strengths and impact', text: 'What comes easily to you that visibly costs others effort? How could you use more of it?' },
  { id: 'library-values-1', group: 'Values as verbs', text: 'Write your values as verbs you could do tomorrow morning. Which one did you actually do today?' },
  { id: 'library-values-2', group: 'Values as verbs', text: 'Where did two of your values pull in different directions this week? Where did they reinforce each other?' },
  { id: 'library-values-3', group: 'Values as verbs', text: 'Which value do you claim but rarely act on? What would acting on it look like this week?' },
  { id: 'library-energy-1', group: 'Energy and engagement', text: 'Rate today’s energy and engagement. Which single moment explains the score best?' },
  { id: 'library-energy-2', group: 'Energy and engagement', text: 'If you could stop doing one thing in your work, what would it be, and what would you do with the time?' },
  { id: 'library-energy-3', group: 'Energy and engagement', text: 'When were you so absorbed that you forgot to check your phone? What kind of problem was it?' },
  { id: 'library-network-1', group: 'Networking and conversations', text: 'Where do people who already do the work you want spend their time, online or in person? Name one place to visit.' },
  { id: 'library-network-2', group: 'Networking and conversations', text: 'Describe a conversation that changed your view. What did you believe before it, and what now?' },
  { id: 'library-network-3', group: 'Networking and conversations', text: 'Who could you help this month without asking for anything in return? What could you offer them?' },
  { id: 'library-network-4', group: 'Networking and conversations', text: 'What question would you ask someone in your target role if you had twenty minutes with them?' },
  { id: 'library-experiments-1', group: 'Experiments', text: 'What did a finished experiment teach you? Did it meet the criteria you set before starting?' },
  { id: 'library-experiments-2', group: 'Experiments', text: 'Pick the riskiest assumption in your strategy. What is the cheapest way to test it in the next two weeks?' },
  { id: 'library-experiments-3', group: 'Experiments', text: 'Which experiment are you avoiding starting? What would make the first step smaller?' },
  { id: 'library-review-1', group: 'Weekly and quarterly review', text: 'Weekly review: what gave you energy, which values did you live, and what will you try next week?' },
  { id: 'library-review-2', group: 'Weekly and quarterly review', text: 'Quarterly review: read your strategy as a stranger would. What has changed in you, and what should change in it?' },
  { id: 'library-review-3', group: 'Weekly and quarterly review', text: 'Looking back over the last three months of entries, which values show up in practice and which only on paper?' },
  { id: 'library-review-4', group: 'Weekly and quarterly review', text: 'What did you learn this quarter that no course or job ad could have taught you?' },
];
