// The import's database write, through dispatch, measured only once the contract has an import operation.
import { performance } from 'node:perf_hooks';
import { operationNames } from '../../../shared/contract';
import { fromRepeats, NOT_BUILT, skipped, type Measurement } from '../results';
import { openBenchCore } from './benchCore';

export interface ImportWriteInput {
  bytes: Uint8Array;
  fileName: string;
  label: string;
  dataDir: string;
}

/**
 * Requests an import operation might accept: the file's bytes (base64) and name, with or without a source.
 * When the import feature lands, put its real input first here; the first one the contract accepts is timed.
 */
function candidatePayloads(input: ImportWriteInput): unknown[] {
  const data = Buffer.from(input.bytes).toString('base64');
  return [
    { source: 'day-one', fileName: input.fileName, data },
    { source: 'day-one', fileName: input.fileName, bytes: data },
    { fileName: input.fileName, data },
  ];
}

export function importOperations(): string[] {
  return operationNames.filter((name) => name.startsWith('import.'));
}

export async function measureImportWrite(input: ImportWriteInput): Promise<Measurement> {
  const base = {
    group: 'import',
    name: `parse + preview + write, ${input.label}`,
    subject: 'cairn',
    unit: 'ms',
    target: { max: 3000, unit: 'ms' },
  };
  const operations = importOperations();
  if (operations.length === 0) return skipped(base, `${NOT_BUILT}: the contract has no import.* operation`);
  const core = openBenchCore(input.dataDir);
  try {
    const refusals: string[] = [];
    for (const operation of operations) {
      for (const payload of candidatePayloads(input)) {
        const started = performance.now();
        const result = await core.dispatch(operation, payload);
        const elapsed = performance.now() - started;
        if (result.ok) return fromRepeats({ ...base, notes: `${operation} through dispatch into an empty journal` }, [elapsed]);
        refusals.push(`${operation}: ${result.error.code}`);
      }
    }
    return skipped(base, `import operations exist (${operations.join(', ')}) but refused every payload in test/bench/store/importWrite.ts (${refusals.join('; ')}): wire the real input there`);
  } finally {
    core.close();
  }
}
