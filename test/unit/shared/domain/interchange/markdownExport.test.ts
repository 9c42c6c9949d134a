import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCairnExport } from '../../../../../shared/domain/interchange/cairnJson';
import { markdownExport, slug } from '../../../../../shared/domain/interchange/markdownExport';
import { importMarkdownFiles } from '../../../../../electron/core/interchange/markdownImport';

const document = parseCairnExport(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../../fixtures/import/cairn-export.json'), 'utf8')),
);

function frontMatter(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('no front matter');
  return parse(match[1]!) as Record<string, unknown>;
}

describe('markdownExport', () => {
  const files = markdownExport(document);
  const byPath = new Map(files.map((file) => [file.path, file.text]));

  it('writes one note per reflection with its date, tags, values, prompt and experiments in YAML front matter', () => {
    const reflection = files.find((file) => file.path.startsWith('reflections/'));
    expect(reflection?.path).toBe('reflections/2024-03-30-what-the-week-taught-me-6f1c2b9e.md');
    expect(frontMatter(reflection!.text)).toMatchObject({
      date: '2024-03-30',
      tags: ['weekly'],
      values: ['Teaching'],
      prompt: 'What gave you energy today, and what drained it?',
      experiments: ['Attend the local data meetup'],
      energy: 4,
    });
    expect(reflection!.text).toContain('Teaching the new hire felt **energising**.');
  });

  it('writes strategy.md with the current strategy and every version', () => {
    const strategy = byPath.get('strategy.md')!;
    expect(strategy).toContain('## Aspiration\n\nTurning messy data into decisions people trust');
    expect(strategy).toContain('- **Teaching** — Helping people grow');
    expect(strategy).not.toContain('Simplifying');
    expect(strategy).toContain('### 2024-03-15: First draft after three conversations');
    expect(strategy).toContain('**Strengths:** Patient explaining');
  });

  it('writes one note per experiment with its people and places, their notes, what they can give and follow-ups', () => {
    const experiment = byPath.get('experiments/attend-the-local-data-meetup-5d4c3b2a.md')!;
    expect(frontMatter(experiment)).toMatchObject({ kind: 'Networking venue or community', status: 'running', values: ['Teaching'] });
    expect(experiment).toContain(
      '- **Priya** (Data Meetup Berlin)\n  - Can give: An intro to her team\n  - Follow up: 2024-04-05\n\n  Analytics lead at Acme',
    );
    expect(experiment).toContain('- **Data Meetup Berlin** (in person, Kreuzberg)');
  });

  it('keeps a place’s notes and a person’s notes of several paragraphs inside their list item', () => {
    const [source] = document.experiments;
    const withNotes = {
      ...document,
      experiments: [
        {
          ...source!,
          people: [{ ...source!.people[0]!, notes: 'First paragraph.\n\nSecond paragraph.', canGive: 'Intros\nand code review' }],
          places: [{ ...source!.places[0]!, notes: 'Meets monthly.', followUpDate: '2024-05-01' }],
        },
      ],
    };
    const experiment = markdownExport(withNotes).find((file) => file.path.startsWith('experiments/'))!.text;
    expect(experiment).toContain('  - Can give: Intros\n    and code review');
    expect(experiment).toContain('\n\n  First paragraph.\n\n  Second paragraph.');
    expect(experiment).toContain('- **Data Meetup Berlin** (in person, Kreuzberg)\n  - Follow up: 2024-05-01\n\n  Meets monthly.');
  });

  it('reads back through the Markdown importer with the same dates, titles and tags', () => {
    const notes = files.filter((file) => file.path.startsWith('reflections/'));
    const batch = importMarkdownFiles(notes.map((file) => ({ relativePath: file.path, bytes: new TextEncoder().encode(file.text) })), {
      now: new Date('2024-06-01T00:00:00Z'),
    });
    expect(batch.entries.map(({ entryDate, title, tags }) => ({ entryDate, title, tags }))).toEqual([
      { entryDate: '2024-03-30', title: 'What the week taught me', tags: ['weekly'] },
    ]);
  });

  it('makes file-name-safe slugs', () => {
    expect(slug('Café: what / why?', 'x')).toBe('cafe-what-why');
    expect(slug('!!!', 'reflection')).toBe('reflection');
  });
});
