// The typed-prefix folding agrees with the index's tokenizer for every letter and digit it claims to fold.
import Database from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { foldedPlainPrefix, foldForSearch } from '../../../../../shared/domain/searchFolding';

const db = new Database(':memory:');
db.exec(`
  CREATE VIRTUAL TABLE words USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2', content = '', detail = none);
  CREATE VIRTUAL TABLE words_terms USING fts5vocab (words, 'row');
`);
const insert = db.prepare<[string]>('INSERT INTO words (text) VALUES (?)');
const terms = db.prepare<[], { term: string }>('SELECT term FROM words_terms');
afterAll(() => db.close());

/** The words the index would store for `text`. */
function tokenized(text: string): string[] {
  insert.run(text);
  const found = terms.all().map((row) => row.term);
  db.exec("INSERT INTO words (words) VALUES ('delete-all')");
  return found;
}

describe('search prefix folding', () => {
  it('folds accents and case away: "Réu" and "reu" are one beginning', () => {
    expect(foldedPlainPrefix('Réu')).toBe('reu');
    expect(foldedPlainPrefix('RÉUNION')).toBe('reunion');
    expect(foldedPlainPrefix('Łódź')).toBeNull();
    expect(foldedPlainPrefix('άγ')).toBeNull();
    expect(foldForSearch('Crème Brûlée')).toBe('creme brulee');
  });

  it('agrees with the tokenizer for every character of the Basic Multilingual Plane it folds to plain ASCII', () => {
    const disagreements: string[] = [];
    for (let code = 0x21; code < 0x10000; code += 1) {
      if (code >= 0xd800 && code < 0xe000) continue;
      const word = `a${String.fromCharCode(code)}b`;
      const folded = foldedPlainPrefix(word);
      if (folded === null) continue;
      const stored = tokenized(word);
      if (stored.length !== 1 || stored[0] !== folded) disagreements.push(`U+${code.toString(16)} → ${stored.join('|')} vs ${folded}`);
    }
    expect(disagreements).toEqual([]);
  });

  it('agrees with the tokenizer on whole typed words of accented Latin letters', () => {
    const letter = fc.constantFrom(...'aàáâãäåāăąeèéêëēėęiìíîïīįoòóôõöōőuùúûüūůűcçćčnñńňsśšzźżžyýÿAÀÉÎÕÜÇÑŠŽ0123456789');
    fc.assert(
      fc.property(fc.array(letter, { minLength: 1, maxLength: 12 }), (letters) => {
        const word = letters.join('');
        const folded = foldedPlainPrefix(word);
        if (folded !== null) expect(tokenized(word)).toEqual([folded]);
      }),
    );
  });
});
