// Folds a typed word beginning the way the search index's tokenizer (unicode61, remove_diacritics 2) folds words,
// so "Réu" and "reu" both name the words that begin with "reu" ("réunion" is indexed as "reunion").

/** The only characters the tokenizer folds otherwise: it keeps Ǡ and ǡ, and reads these two tone marks as spaces. */
const foldedOtherwise = /\u01E0|\u01E1|\u0340|\u0341/u;
const combiningMarks = /\p{Mn}/gu;
/** A mark left over once composed: the tokenizer reads some of these as spaces between words. */
const looseMark = /\p{M}/u;
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
  if (foldedOtherwise.test(prefix) || looseMark.test(prefix.normalize('NFC'))) return null;
  const folded = foldForSearch(prefix);
  return plain.test(folded) ? folded : null;
}
