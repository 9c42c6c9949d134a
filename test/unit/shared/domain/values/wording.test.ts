// Wording hints: verb phrases pass; nouns and job titles get a friendly hint with a verb form.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOB_TITLE_HEADS } from '../../../../../shared/domain/values/jobTitleWords';
import { NOUN_VERB_FORMS, QUALITY_VERB_FORMS } from '../../../../../shared/domain/values/nounWords';
import { checkValueWording, findJobTitles } from '../../../../../shared/domain/values/wording';

type Expected = 'ok' | ['noun' | 'job-title', string | undefined];

const cases: Array<[string, Expected]> = [
  // Present-tense verb phrases, the method's own examples and their kin.
  ['Teaching', 'ok'],
  ['Building', 'ok'],
  ['Building bridges', 'ok'],
  ['Connecting people', 'ok'],
  ['Simplifying', 'ok'],
  ['Coaching', 'ok'],
  ['Writing', 'ok'],
  ['Engineering', 'ok'],
  ['Nursing', 'ok'],
  ['Being kind', 'ok'],
  ['Making an impact', 'ok'],
  ['Coaching managers', 'ok'],
  ['Mentoring new engineers', 'ok'],
  ['Learning to coach', 'ok'],
  ['  helping   people grow ', 'ok'],
  // Base verbs are verbs too; the check only flags what it is confident about.
  ['Teach', 'ok'],
  ['Implement', 'ok'],
  ['Question everything', 'ok'],
  // Nothing to check.
  ['', 'ok'],
  ['   ', 'ok'],
  ['!!', 'ok'],
  // Job titles, with the work as a verb.
  ['Manager', ['job-title', 'Managing']],
  ['Engineer', ['job-title', 'Engineering']],
  ['Data Analyst', ['job-title', 'Analysing data']],
  ['Building manager', ['job-title', 'Managing buildings']],
  ['Coach', ['job-title', 'Coaching']],
  ['Writer', ['job-title', 'Writing']],
  ['Nurse', ['job-title', 'Nursing']],
  ['Registered Nurse', ['job-title', 'Nursing']],
  ['Senior Product Manager', ['job-title', 'Managing products']],
  ['Software Engineer', ['job-title', 'Engineering software']],
  ['UX Designer', ['job-title', 'Designing UX']],
  ['Machine Learning Engineer', ['job-title', 'Engineering machine learning']],
  ['Head of Product', ['job-title', 'Leading product']],
  ['CEO', ['job-title', 'Leading']],
  ['Chief Technology Officer', ['job-title', 'Leading technology']],
  ['Tech Lead', ['job-title', 'Leading tech']],
  ['Teacher', ['job-title', 'Teaching']],
  ['Electrician', ['job-title', undefined]],
  // Nouns, with a verb form.
  ['Leadership', ['noun', 'Leading']],
  ['Creativity', ['noun', 'Creating']],
  ['Strategy', ['noun', 'Strategising']],
  ['Analysis', ['noun', 'Analysing']],
  ['Communication', ['noun', 'Communicating']],
  ['Empowerment', ['noun', 'Empowering']],
  ['Kindness', ['noun', 'Being kind']],
  ['Friendship', ['noun', 'Befriending']],
  ['Integrity', ['noun', 'Acting with integrity']],
  ['Growth', ['noun', 'Growing']],
  ['Design', ['noun', 'Designing']],
  ['Team leadership', ['noun', 'Leading teams']],
  ['Creative leadership', ['noun', 'Leading creatively']],
  ['Customer service', ['noun', 'Serving customers']],
  ['Project management', ['noun', 'Managing projects']],
  ['Continuous improvement', ['noun', 'Improving continuously']],
  ['Problem solving', ['noun', 'Solving problems']],
  ['Public speaking', ['noun', 'Speaking publicly']],
  // Qualities, with a way of living them.
  ['Creative', ['noun', 'Creating']],
  ['Honest', ['noun', 'Being honest']],
  // Nouns recognised by their suffix alone: a hint, but no guessed verb.
  ['Activism', ['noun', undefined]],
  ['Customer success', ['noun', undefined]],
];

describe('checkValueWording', () => {
  it.each(cases)('%j → %j', (label, expected) => {
    const hint = checkValueWording(label);
    if (expected === 'ok') {
      expect(hint).toEqual({ kind: 'ok' });
      return;
    }
    const [kind, suggestion] = expected;
    expect(hint.kind).toBe(kind);
    expect(hint.kind !== 'ok' && hint.suggestion).toBe(suggestion ?? undefined);
  });

  it('explains itself kindly, quoting the label and offering the suggestion', () => {
    expect(checkValueWording('Leadership')).toEqual({
      kind: 'noun',
      message: '“Leadership” reads as a noun. Values as present-tense verbs are easier to act on and plan around: try “Leading”.',
      suggestion: 'Leading',
    });
    expect(checkValueWording('Coach')).toEqual({
      kind: 'job-title',
      message: '“Coach” reads like a job title. Values are what you do, not the role you hold: try “Coaching”.',
      suggestion: 'Coaching',
    });
    const noGuess = checkValueWording('Activism');
    expect(noGuess.kind === 'noun' && noGuess.message).toMatch(/what do you do when you live it/);
  });

  it('offers only suggestions that pass the check themselves', () => {
    const labels = [
      ...[...JOB_TITLE_HEADS.keys()].map((head) => head.charAt(0).toUpperCase() + head.slice(1)),
      ...NOUN_VERB_FORMS.keys(),
      ...QUALITY_VERB_FORMS.keys(),
      ...cases.map(([label]) => label),
    ];
    for (const label of labels) {
      const hint = checkValueWording(label);
      if (hint.kind !== 'ok' && hint.suggestion) {
        expect({ label, suggestion: hint.suggestion, check: checkValueWording(hint.suggestion).kind }).toEqual({
          label,
          suggestion: hint.suggestion,
          check: 'ok',
        });
      }
    }
  });

  it('never throws and always answers with a well-formed hint, whatever is typed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty')), (label) => {
        const hint = checkValueWording(label);
        if (hint.kind === 'ok') {
          expect(hint).toEqual({ kind: 'ok' });
        } else {
          expect(['noun', 'job-title']).toContain(hint.kind);
          expect(hint.message.length).toBeGreaterThan(0);
          if (hint.suggestion !== undefined) expect(hint.suggestion).toMatch(/^\p{Lu}/u);
        }
      }),
    );
  });
});

describe('findJobTitles', () => {
  const titlesIn = (text: string) => findJobTitles(text).map((match) => match.text);

  it('finds the whole title in an aspiration, with offsets into the text', () => {
    const text = 'I want to be a Senior Product Manager at a company that cares.';
    expect(findJobTitles(text)).toEqual([
      { text: 'Senior Product Manager', start: 15, end: 37, suggestion: 'Managing products' },
    ]);
    const [match] = findJobTitles(text);
    expect(text.slice(match!.start, match!.end)).toBe('Senior Product Manager');
  });

  it('finds several titles, including "Head of" and "VP of" forms and acronyms', () => {
    expect(titlesIn('Maybe Head of Product, or VP of Engineering, one day even CTO.')).toEqual([
      'Head of Product',
      'VP of Engineering',
      'CTO',
    ]);
  });

  it('takes in capitalised names and levels, but not a sentence-initial verb', () => {
    expect(titlesIn('Becoming Product Manager. Then a Senior Kubernetes Engineer II.')).toEqual([
      'Product Manager',
      'Senior Kubernetes Engineer II',
    ]);
  });

  it('finds titles written in lower case', () => {
    expect(titlesIn('not a data analyst but someone who turns messy data into decisions')).toEqual(['data analyst']);
  });

  it('ignores role nouns used as verbs, plurals, and people already named', () => {
    expect(titlesIn('I love to coach teams and engineer the future.')).toEqual([]);
    expect(titlesIn('Helping managers and engineers grow.')).toEqual([]);
    expect(titlesIn("My manager's advice, and my mentor, shaped this.")).toEqual([]);
    expect(titlesIn('The head of the river, a lead weight.')).toEqual([]);
  });

  it('reports nothing for an aspiration written as the method suggests', () => {
    expect(findJobTitles('Turning messy data into decisions people trust, and teaching others to do the same.')).toEqual([]);
    expect(findJobTitles('')).toEqual([]);
  });

  it('gives offsets that always slice out the reported text', () => {
    const word = fc.constantFrom('I', 'want', 'a', 'Senior', 'Product', 'Manager', 'nurse', 'to', 'coach', 'CEO', 'Head', 'of', 'Data', 'é', '🙂');
    const separator = fc.constantFrom(' ', '  ', ', ', '. ', '\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, separator), { maxLength: 30 }), (parts) => {
        const text = parts.map(([w, s]) => w + s).join('');
        let previousEnd = 0;
        for (const match of findJobTitles(text)) {
          expect(text.slice(match.start, match.end)).toBe(match.text);
          expect(match.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = match.end;
        }
      }),
    );
  });
});
