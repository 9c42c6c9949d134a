// Folds a typed word beginning the way the search index's tokenizer (unicode61, remove_diacritics 2) folds words,
// so "Réu" and "reu" both name the words that begin with "reu" ("réunion" is indexed as "reunion").

/** The only letters whose folding to ASCII the tokenizer does not share (it keeps them as they are). */
const keptByTokenizer = /[\u01E0\u01E1]/u;
const combiningMarks = /\p{Mn}/gu;
const plain = /^[a-z0-9]+$/;

/** Lower case without accents: what NFD, dropping combining marks and lower-casing make of the text. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(combiningMarks, '').toLowerCase();
}

/**
 * The folded beginning when it is plain ASCII letters and digits, where this folding and the tokenizer's agree for
 * every character (a unit test compares them one by one); null otherwise (Greek, Cyrillic, ø…), and the index's
 * tokenizer answers the prefix itself.
 */
export function foldedPlainPrefix(prefix: string): string | null {
  if (keptByTokenizer.test(prefix)) return null;
  const folded = foldForSearch(prefix);
  return plain.test(folded) ? folded : null;
}
