// The import's database write: a Day One export through `import.run` (parse, dedupe, one transaction), via dispatch.
import { performance } from 'node:perf_hooks';
import { fromRepeats, type Measurement } from '../results';
import { openBenchCore } from './benchCore';

export interface ImportWriteInput {
  bytes: Uint8Array;
  fileName: string;
  label: string;
  dataDir: string;
}

export async function measureImportWrite(input: ImportWriteInput): Promise<Measurement> {
  const base = {
    group: 'import',
    name: `parse + preview + write, ${input.label}`,
    subject: 'cairn',
    unit: 'ms',
    target: { max: 3000, unit: 'ms' },
  };
  const core = openBenchCore(input.dataDir);
  try {
    const payload = { source: 'day-one', file: { name: input.fileName, base64: Buffer.from(input.bytes).toString('base64') } };
    const started = performance.now();
    const result = await core.dispatch('import.run', payload);
    const elapsed = performance.now() - started;
    if (!result.ok) throw new Error(`import.run refused the benchmark's Day One export: ${result.error.message}`);
    return fromRepeats({ ...base, notes: 'import.run through dispatch into an empty journal' }, [elapsed]);
  } finally {
    core.close();
  }
}
