import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { splitHeadingTitle, unescapeDayOneMarkdown } from '../../../../../shared/domain/interchange/dayOneText';

const markdown = new MarkdownIt({ html: false });

/** What Day One does on export: a backslash before every Markdown punctuation mark in the text. */
function escapeLikeDayOne(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!>|~]/g, (char) => `\\${char}`);
}

describe('unescapeDayOneMarkdown', () => {
  it('removes the escapes from ordinary sentences', () => {
    expect(unescapeDayOneMarkdown('Spent 2\\-3 hours\\. Worth it\\! \\(Mostly\\.\\) see example\\.com')).toBe(
      'Spent 2-3 hours. Worth it! (Mostly.) see example.com',
    );
    expect(unescapeDayOneMarkdown('a file called my\\_notes\\_v2\\.md')).toBe('a file called my_notes_v2.md');
  });

  it('keeps escapes that stop text from becoming a list, heading, quote or emphasis', () => {
    const kept = ['\\- not a list', '\\+ not a list', '1\\. not a list', '2\\) not a list', '\\# not a heading', '\\> not a quote', '\\*not emphasis\\*', '\\_not emphasis\\_', '\\[not a link\\]'];
    for (const line of kept) expect(unescapeDayOneMarkdown(line)).toBe(line);
    expect(unescapeDayOneMarkdown('- item with \\- dash\\.')).toBe('- item with - dash.');
    expect(unescapeDayOneMarkdown('> quote\\. \\# still text')).toBe('> quote. # still text');
    expect(unescapeDayOneMarkdown('- \\# not a heading inside a list')).toBe('- \\# not a heading inside a list');
  });

  it('leaves code spans and fenced or indented code untouched', () => {
    const text = ['Use `a\\.b` here\\.', '```', 'literal \\. stays', '```', '    indented \\. stays'].join('\n');
    expect(unescapeDayOneMarkdown(text)).toBe(['Use `a\\.b` here.', '```', 'literal \\. stays', '```', '    indented \\. stays'].join('\n'));
  });

  it('leaves a line that would become a table delimiter row escaped', () => {
    const escaped = '\\|\n:\\-';
    expect(markdown.render(unescapeDayOneMarkdown(escaped))).toBe(markdown.render(escaped));
    expect(markdown.render(unescapeDayOneMarkdown('a | b\n\\-\\-\\- | \\-\\-\\-'))).not.toContain('<table>');
  });

  it('never changes how the Markdown renders', () => {
    const token = fc.oneof(
      fc.constantFrom('word', 'Teaching', '42', '1', ' ', '  ', 'é'),
      fc.constantFrom('.', '!', '(', ')', '-', '+', '#', '>', '{', '}', '_', '*', '[', ']', '~', '|', ':', '='),
    );
    const line = fc.tuple(fc.constantFrom('', ' ', '   ', '    ', '- ', '> ', '1. '), fc.array(token, { maxLength: 12 })).map(
      ([indent, tokens]) => indent + tokens.join(''),
    );
    const document = fc.array(line, { maxLength: 6 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(document, (original) => {
        const lines = original.split('\n');
        // Day One escapes the text a person typed, not the block markers its own editor produced.
        const exported = lines.map((text) => {
          const marker = /^(- |> |1\. )/.exec(text)?.[0] ?? '';
          return marker + escapeLikeDayOne(text.slice(marker.length));
        });
        const escaped = exported.join('\n');
        expect(markdown.render(unescapeDayOneMarkdown(escaped))).toBe(markdown.render(escaped));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('splitHeadingTitle', () => {
  it('takes a leading "# Title" line as the title', () => {
    expect(splitHeadingTitle('# Coffee with Priya\n\nWe talked.', 300)).toEqual({ title: 'Coffee with Priya', body: 'We talked.' });
  });

  it('removes every remaining escape from the title, which is plain text', () => {
    expect(splitHeadingTitle('# \\- draft \\*two\\*\nBody', 300)).toEqual({ title: '- draft *two*', body: 'Body' });
  });

  it('keeps everything in the body when there is no leading heading or it is too long for a title', () => {
    expect(splitHeadingTitle('Just words.\n# Later heading', 300)).toEqual({ title: '', body: 'Just words.\n# Later heading' });
    expect(splitHeadingTitle(`# ${'x'.repeat(20)}\nbody`, 10)).toEqual({ title: '', body: `# ${'x'.repeat(20)}\nbody` });
  });
});
