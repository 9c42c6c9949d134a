// How the damaged screen names the words it could not save, and the text file it offers them in.
import type { StrandedEdits } from '../../app/saver/saveRegistry';

const byPrefix: readonly [string, string][] = [
  ['reflection:', 'An entry'],
  ['first-run-reflection', 'Your first reflection'],
  ['experiment:', 'An experiment'],
  ['new-experiment', 'A new experiment'],
  ['evidence-note:', 'An evidence note'],
  ['value:', 'A value'],
  ['new-value', 'A new value'],
  ['strategy:text', 'Your strategy'],
  ['check-in', 'A version’s note'],
  ['first-run-note', 'A version’s note'],
  ['new-prompt', 'A new prompt'],
  ['tag-', 'A tag'],
];

/** The diagram's circles are not words to copy; everything else a person typed is. */
export function wordsWorthKeeping(stranded: readonly StrandedEdits[]): StrandedEdits[] {
  return stranded.filter(({ key }) => key !== 'strategy:layout');
}

export function strandedLabel(key: string): string {
  return byPrefix.find(([prefix]) => key.startsWith(prefix))?.[1] ?? 'Something you typed';
}

export function strandedFile(stranded: readonly StrandedEdits[]): string {
  return `${wordsWorthKeeping(stranded)
    .map(({ key, text }) => `${strandedLabel(key)}\n${text}`)
    .join('\n\n')}\n`;
}
