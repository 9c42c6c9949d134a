// The guided hypothesis "If I …, I expect …, which would tell me …": composed from its parts and read back.
export interface HypothesisParts {
  action: string;
  expectation: string;
  meaning: string;
}

const pattern = /^If I (.*?), I expect (.*?), which would tell me (.*?)\.?$/s;

export function composeHypothesis({ action, expectation, meaning }: HypothesisParts): string {
  if (!action.trim() && !expectation.trim() && !meaning.trim()) return '';
  return `If I ${action.trim()}, I expect ${expectation.trim()}, which would tell me ${meaning.trim()}.`;
}

/** The parts of a hypothesis written with the guide, or null for free text that does not follow it. */
export function parseHypothesis(text: string): HypothesisParts | null {
  if (!text.trim()) return { action: '', expectation: '', meaning: '' };
  const match = pattern.exec(text.trim());
  if (!match) return null;
  return { action: match[1] ?? '', expectation: match[2] ?? '', meaning: match[3] ?? '' };
}
