import { describe, expect, it } from 'vitest';
import { inlineTags } from '../../../../../shared/domain/interchange/inlineTags';

describe('inlineTags', () => {
  it('finds #tags and nested #tags in prose, once each', () => {
    expect(inlineTags('Met #mentor at the #meetup/data event. Again #mentor.')).toEqual(['mentor', 'meetup/data']);
  });

  it('ignores headings, numbers, URL fragments and code', () => {
    const text = ['# Heading', 'Issue #42 and https://example.com/#anchor', '`#notatag`', '```', '#fenced', '```', '    #indented'].join('\n');
    expect(inlineTags(text)).toEqual([]);
  });
});
