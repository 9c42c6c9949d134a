// Offline wording hints: values read best as present-tense verbs, and aspirations without job titles.
import {
  DOMAIN_MODIFIERS,
  HEADS_NEEDING_A_MODIFIER,
  HEADS_TAKING_OF,
  JOB_TITLE_ACRONYMS,
  JOB_TITLE_HEADS,
  SENIORITY_MODIFIERS,
} from './jobTitleWords';
import { MASS_NOUNS, NON_VERB_ING_WORDS, NOUN_SUFFIXES, NOUN_VERB_FORMS, QUALITY_VERB_FORMS } from './nounWords';

/**
 * The outcome of checking a value's label. A hint never blocks saving: it explains why a verb
 * works better and, when one is known, offers a verb form to use instead.
 */
export type WordingHint =
  | { readonly kind: 'ok' }
  | { readonly kind: 'noun' | 'job-title'; readonly message: string; readonly suggestion?: string };

/** A job title found in text. Offsets are UTF-16 indices (as editors use), `end` exclusive. */
export interface JobTitleMatch {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** A verb phrase for the work the title stands for, e.g. "Managing products". */
  readonly suggestion?: string;
}

interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** The text between the previous token and this one (or before it, for the first). */
  readonly gapBefore: string;
}

const OK: WordingHint = { kind: 'ok' };

/** Words after which a role noun is a verb ("to coach", "I nurse") or a person already named ("my manager"). */
const NOT_A_TITLE_AFTER: ReadonlySet<string> = new Set([
  'to',
  'i',
  'we',
  'you',
  'they',
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
  'might',
  'may',
  'my',
  'our',
  'your',
  'his',
  'her',
  'their',
  'every',
  'each',
  'any',
  'another',
  'other',
  'no',
]);

/** Capitalised words that never belong to a title even right before a capitalised role noun. */
const NEVER_IN_TITLE: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'i',
  'as',
  'at',
  'in',
  'on',
  'for',
  'with',
  'and',
  'or',
  'of',
  'from',
  'by',
  'be',
  'become',
  'becoming',
  'new',
]);

/** Verbs and verb-like words that end in a noun suffix ("Implement", "Question"): not nouns here. */
const NOT_SUFFIX_NOUNS: ReadonlySet<string> = new Set([
  'augment',
  'auction',
  'caution',
  'cement',
  'comment',
  'commission',
  'complement',
  'condition',
  'document',
  'envision',
  'ferment',
  'fragment',
  'function',
  'harness',
  'implement',
  'lament',
  'mention',
  'motion',
  'partition',
  'petition',
  'position',
  'question',
  'ration',
  'sanction',
  'segment',
  'supplement',
  'torment',
  'witness',
  'worship',
]);

/** Words that, right after a role noun, show it is a verb taking an object ("engineer the future"). */
const OBJECT_STARTERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'my',
  'our',
  'your',
  'their',
  'his',
  'her',
  'its',
  'these',
  'those',
  'them',
  'us',
  'me',
  'him',
  'people',
  'others',
  'everyone',
  'someone',
]);

const ROMAN_LEVELS: ReadonlySet<string> = new Set(['II', 'III', 'IV', 'V']);

/**
 * Check a value's label. Present-tense verb phrases ("Teaching", "Connecting people") are fine;
 * job titles ("Data Analyst", "Coach") and nouns ("Leadership", "Creativity") get a friendly hint
 * with a verb form where one is known. An empty label gets no hint.
 */
export function checkValueWording(label: string): WordingHint {
  const text = label.trim().replace(/\s+/g, ' ');
  const tokens = tokenize(text);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return OK;

  const [title] = findJobTitles(text);
  if (title) return jobTitleHint(text, title.suggestion);
  if (isVerbForm(first.lower)) return OK;

  if (tokens.length > 1 && isVerbForm(last.lower)) {
    const suggestion = capitalise(composeVerbPhrase(last.lower, tokens.slice(0, -1)));
    return {
      kind: 'noun',
      message: `“${text}” reads as the name of a field. Leading with the verb makes it something you do: try “${suggestion}”.`,
      suggestion,
    };
  }

  const quality = tokens.length === 1 ? QUALITY_VERB_FORMS.get(last.lower) : undefined;
  if (quality !== undefined) {
    const suggestion = capitalise(quality);
    return {
      kind: 'noun',
      message: `“${text}” describes a quality. Values as present-tense verbs are easier to act on: try “${suggestion}”.`,
      suggestion,
    };
  }

  const verb = NOUN_VERB_FORMS.get(last.lower);
  if (verb !== undefined || looksLikeAbstractNoun(last.lower)) {
    const suggestion = verb ? capitalise(composeVerbPhrase(verb, tokens.slice(0, -1))) : undefined;
    return suggestion
      ? {
          kind: 'noun',
          message: `“${text}” reads as a noun. Values as present-tense verbs are easier to act on and plan around: try “${suggestion}”.`,
          suggestion,
        }
      : {
          kind: 'noun',
          message: `“${text}” reads as a noun. Values as present-tense verbs are easier to act on: what do you do when you live it? Try a verb ending in -ing.`,
        };
  }
  return OK;
}

/**
 * The job titles named in a passage such as an aspiration ("I want to be a Senior Product Manager"
 * → "Senior Product Manager"), in order, each with its offsets and a verb phrase for the work.
 * Plural role nouns ("helping engineers"), role nouns used as verbs ("to coach", "nurse the
 * garden") and people already named ("my manager") are not reported. A heuristic: it can miss or
 * over-report in unusual sentences, which is acceptable for a hint.
 */
export function findJobTitles(text: string): JobTitleMatch[] {
  const tokens = tokenize(text);
  const matches: JobTitleMatch[] = [];
  let firstFree = 0;
  for (let i = 0; i < tokens.length; i++) {
    const match = titleEndingAt(tokens, i, firstFree, text);
    if (match) {
      matches.push(match.title);
      i = match.lastIndex;
      firstFree = match.lastIndex + 1;
    }
  }
  return matches;
}

/** The title whose role noun is tokens[headIndex], reaching no further back than firstFree. */
function titleEndingAt(
  tokens: readonly Token[],
  headIndex: number,
  firstFree: number,
  text: string,
): { title: JobTitleMatch; lastIndex: number } | null {
  const head = tokens[headIndex] as Token;
  const isAcronym = JOB_TITLE_ACRONYMS.has(head.text);
  const headVerb = JOB_TITLE_HEADS.get(head.lower);
  if (!isAcronym && headVerb === undefined) return null;

  const before = tokens[headIndex - 1];
  if (before && isAdjacent(head) && NOT_A_TITLE_AFTER.has(before.lower)) return null;
  const after = tokens[headIndex + 1];
  if (after && isAdjacent(after) && OBJECT_STARTERS.has(after.lower)) return null;

  let firstIndex = headIndex;
  while (firstIndex > firstFree && isAdjacent(tokens[firstIndex] as Token)) {
    const candidate = tokens[firstIndex - 1] as Token;
    const listed = SENIORITY_MODIFIERS.has(candidate.lower) || DOMAIN_MODIFIERS.has(candidate.lower);
    const capitalisedName =
      isCapitalised(head.text) &&
      isCapitalised(candidate.text) &&
      !NEVER_IN_TITLE.has(candidate.lower) &&
      !candidate.lower.endsWith('ing') &&
      !isSentenceStart(tokens, firstIndex - 1);
    if (!listed && !capitalisedName) break;
    firstIndex--;
  }
  const modifiers = tokens.slice(firstIndex, headIndex);

  let lastIndex = headIndex;
  const ofObjects: Token[] = [];
  const of = tokens[headIndex + 1];
  if (HEADS_TAKING_OF.has(head.lower) && of?.lower === 'of' && isAdjacent(of)) {
    let next = headIndex + 2;
    while (next < tokens.length) {
      const candidate = tokens[next] as Token;
      const fits = DOMAIN_MODIFIERS.has(candidate.lower) || (isCapitalised(candidate.text) && !NEVER_IN_TITLE.has(candidate.lower));
      if (!isAdjacent(candidate) || !fits) break;
      ofObjects.push(candidate);
      next++;
    }
    if (ofObjects.length > 0) lastIndex = headIndex + 1 + ofObjects.length;
  }
  const level = tokens[lastIndex + 1];
  if (level && isAdjacent(level) && ROMAN_LEVELS.has(level.text)) lastIndex++;

  const qualified = modifiers.some((m) => !SENIORITY_MODIFIERS.has(m.lower)) || ofObjects.length > 0;
  if (HEADS_NEEDING_A_MODIFIER.has(head.lower) && !qualified) return null;

  const start = (tokens[firstIndex] as Token).start;
  const end = (tokens[lastIndex] as Token).end;
  let verb = isAcronym ? 'leading' : (headVerb ?? '');
  if (!verb && modifiers.some((m) => m.lower === 'chief')) verb = 'leading';
  const objects = modifiers.filter((m) => !SENIORITY_MODIFIERS.has(m.lower));
  const suggestion = verb
    ? capitalise(ofObjects.length > 0 ? joinWords(verb, ofObjects.map(objectWord)) : composeVerbPhrase(verb, objects))
    : undefined;
  const title: JobTitleMatch = suggestion
    ? { text: text.slice(start, end), start, end, suggestion }
    : { text: text.slice(start, end), start, end };
  return { title, lastIndex };
}

function jobTitleHint(label: string, suggestion: string | undefined): WordingHint {
  const why = 'Values are what you do, not the role you hold';
  return suggestion
    ? { kind: 'job-title', message: `“${label}” reads like a job title. ${why}: try “${suggestion}”.`, suggestion }
    : {
        kind: 'job-title',
        message: `“${label}” reads like a job title. ${why}: what does that role let you do? Try a verb ending in -ing.`,
      };
}

/**
 * A verb followed by what it acts on: noun modifiers become its object ("Team leadership" →
 * "leading teams") and adjectives become adverbs ("Creative leadership" → "leading creatively").
 * Verb forms that are already a phrase ("being kind") keep no modifiers.
 */
function composeVerbPhrase(verb: string, modifiers: readonly Token[]): string {
  if (verb.includes(' ') || modifiers.length === 0) return verb;
  const adjectives = modifiers.filter((m) => isAdjective(m.lower));
  const nouns = modifiers.filter((m) => !isAdjective(m.lower)).map(objectWord);
  const lastNoun = nouns[nouns.length - 1];
  if (lastNoun !== undefined) nouns[nouns.length - 1] = pluralise(lastNoun);
  return joinWords(verb, [...nouns, ...adjectives.map((m) => adverb(m.lower))]);
}

function joinWords(verb: string, words: readonly string[]): string {
  return [verb, ...words].join(' ');
}

/**
 * Keep acronyms (UX, AI) and names capitalised mid-sentence (Kubernetes) as written; lower-case
 * ordinary words, and words capitalised only because they start the text or a sentence.
 */
function objectWord(token: Token): string {
  const isAcronym = token.text.length <= 4 && token.text === token.text.toUpperCase() && /\p{L}/u.test(token.text);
  if (isAcronym) return token.text;
  const startsSentence = token.start === token.gapBefore.length || /[.!?]/u.test(token.gapBefore);
  const isName = isCapitalised(token.text) && !startsSentence && !DOMAIN_MODIFIERS.has(token.lower);
  return isName ? token.text : token.lower;
}

function pluralise(word: string): string {
  const lower = word.toLowerCase();
  if (MASS_NOUNS.has(lower) || lower.endsWith('s') || word === word.toUpperCase()) return word;
  if (/[^aeiou]y$/.test(lower)) return `${word.slice(0, -1)}ies`;
  if (/(x|z|ch|sh)$/.test(lower)) return `${word}es`;
  return `${word}s`;
}

const ADJECTIVE_ENDINGS = ['ive', 'ous', 'ful', 'al', 'ic', 'able', 'ible'];

function isAdjective(word: string): boolean {
  return QUALITY_VERB_FORMS.has(word) || ADJECTIVE_ENDINGS.some((ending) => word.endsWith(ending) && word.length > ending.length + 2);
}

function adverb(adjective: string): string {
  if (adjective === 'public') return 'publicly';
  if (adjective.endsWith('ic')) return `${adjective}ally`;
  if (adjective.endsWith('le')) return `${adjective.slice(0, -1)}y`;
  if (adjective.endsWith('ll')) return `${adjective}y`;
  if (/[^aeiou]y$/.test(adjective)) return `${adjective.slice(0, -1)}ily`;
  return `${adjective}ly`;
}

/** A present participle such as "Teaching" or "Being" (short words like "thing" excluded). */
function isVerbForm(word: string): boolean {
  return word.length >= 5 && word.endsWith('ing') && !NON_VERB_ING_WORDS.has(word);
}

function looksLikeAbstractNoun(word: string): boolean {
  return word.length >= 6 && !NOT_SUFFIX_NOUNS.has(word) && NOUN_SUFFIXES.some((suffix) => word.endsWith(suffix));
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) {
    const start = match.index;
    const end = start + match[0].length;
    tokens.push({ text: match[0], lower: match[0].toLowerCase(), start, end, gapBefore: text.slice(previousEnd, start) });
    previousEnd = end;
  }
  return tokens;
}

/** Only spaces (no punctuation or line break) separate the token from the one before it. */
function isAdjacent(token: Token): boolean {
  return /^[^\S\n\r]+$/u.test(token.gapBefore);
}

function isSentenceStart(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  return index === 0 || /[.!?:;\n\r"“(]/u.test(token.gapBefore);
}

function isCapitalised(word: string): boolean {
  const firstLetter = word.charAt(0);
  return firstLetter !== firstLetter.toLowerCase();
}

function capitalise(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
