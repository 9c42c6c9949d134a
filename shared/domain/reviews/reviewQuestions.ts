// The method's questions a review ends with: AEIOU for the week, the market and the strategy for a quarter or a year.
import type { ReviewKind } from './reviewSchema';

export interface ReviewQuestion {
  readonly heading: string;
  /** A line under the heading saying what the question asks, or empty. */
  readonly hint: string;
}

/** Designing Your Life's AEIOU, then the Good Time Journal's own question. */
const weekQuestions: readonly ReviewQuestion[] = [
  { heading: 'Activities', hint: 'What was I actually doing? Which activities did I enjoy, which did I only get through?' },
  { heading: 'Environments', hint: 'Where was I, and how did each place make me feel?' },
  { heading: 'Interactions', hint: 'With whom or what was I interacting, and was it new or familiar, formal or easy?' },
  { heading: 'Objects', hint: 'What tools, devices or things was I using that helped or got in the way?' },
  { heading: 'Users', hint: 'Who else was there, and how did they shape the experience?' },
  { heading: 'What gave me energy, what drained it?', hint: '' },
];

const longerQuestions: readonly ReviewQuestion[] = [
  { heading: 'What is the market telling me, and what am I telling myself?', hint: '' },
  { heading: 'Does my strategy need a new version?', hint: '' },
];

export function reviewQuestions(kind: ReviewKind): readonly ReviewQuestion[] {
  return kind === 'week' ? weekQuestions : longerQuestions;
}
