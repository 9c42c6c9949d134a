// Counts words the way a writer would: letters and digits joined by apostrophes or hyphens, in any script.
const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let count = 0;
  for (const _match of text.matchAll(wordPattern)) count += 1;
  return count;
}

export function wordCountLabel(count: number): string {
  return count === 1 ? '1 word' : `${count.toLocaleString()} words`;
}
