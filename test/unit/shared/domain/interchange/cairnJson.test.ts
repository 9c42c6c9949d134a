import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cairnExportSchema, parseCairnExport } from '../../../../../shared/domain/interchange/cairnJson';
import { AppError } from '../../../../../shared/errors';

const repoRoot = path.resolve(import.meta.dirname, '../../../../..');
const schemaFile = path.join(repoRoot, 'build/schemas/cairn-export.schema.json');
const sample = JSON.parse(readFileSync(path.join(repoRoot, 'test/fixtures/import/cairn-export.json'), 'utf8')) as Record<string, unknown>;

function refusal(document: unknown): AppError {
  try {
    parseCairnExport(document, '"backup.json"');
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the export to be refused');
}

describe('parseCairnExport', () => {
  it('reads a complete version 1 export', () => {
    const parsed = parseCairnExport(sample);
    expect(parsed.reflections[0]).toMatchObject({ title: 'What the week taught me', energy: 4, valueIds: ['0b8c7e3a-1d2f-4a5b-8c9d-0e1f2a3b4c5d'] });
    expect(parsed.values.map((value) => value.label)).toEqual(['Teaching', 'Simplifying']);
    expect(parsed.strategy.aspiration).toBe('Turning messy data into decisions people trust');
    expect(parsed.experiments[0]?.people[0]?.name).toBe('Priya');
  });

  it('refuses an export from a newer Cairn, saying to update', () => {
    const error = refusal({ ...sample, formatVersion: 2 });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/newer Cairn \(format 2\).*Update Cairn/);
  });

  it('refuses unknown or missing format versions', () => {
    expect(refusal({ ...sample, formatVersion: '1' }).message).toMatch(/unknown format version \("1"\)/);
    expect(refusal({ ...sample, formatVersion: 0 }).message).toMatch(/unknown format version \(0\)/);
    expect(refusal({ entries: [] }).message).toMatch(/not a Cairn export/);
    expect(refusal([1, 2]).message).toMatch(/not a Cairn export/);
  });

  it('refuses kinds and statuses the journal does not have', () => {
    const experiments = [{ ...(sample.experiments as object[])[0], kind: 'event', status: 'completed' }];
    const error = refusal({ ...sample, experiments });
    expect(error.message).toMatch(/experiments\[0\]\.kind/);
    expect(error.message).toMatch(/experiments\[0\]\.status/);
  });

  it('names the fields that are wrong', () => {
    const reflections = [{ ...(sample.reflections as object[])[0], engagement: 9, entryDate: '2024-02-30' }];
    const error = refusal({ ...sample, reflections });
    expect(error.message).toMatch(/"backup\.json" is not in the expected shape/);
    expect(error.message).toMatch(/reflections\[0\]\.entryDate/);
    expect(error.message).toMatch(/reflections\[0\]\.engagement/);
  });
});

describe('the published JSON Schema', () => {
  // To regenerate after changing the schema: UPDATE_SCHEMA=1 npx vitest run --config test/vitest.config.ts cairnJson
  it('matches build/schemas/cairn-export.schema.json', () => {
    const generated = `${JSON.stringify(z.toJSONSchema(cairnExportSchema, { io: 'input' }), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(schemaFile, generated);
    expect(readFileSync(schemaFile, 'utf8')).toBe(generated);
  });
});
