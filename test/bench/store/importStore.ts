// Importing a 10,000-entry Day One export: parse + preview now; the database write once an import operation exists.
import { importDayOne } from '../../../electron/core/interchange/dayOneImport';
import { knownFingerprints, previewImport } from '../../../shared/domain/interchange/previewImport';
import { generateReflections } from '../corpus';
import { fromRepeats, type Measurement } from '../results';
import { timeSync } from '../timing';
import { dayOneExport } from './dayOneExport';
import { measureImportWrite } from './importWrite';
import { nativeSha256Hex } from '../../../electron/core/interchange/nativeSha256';

export interface ImportPlan {
  entries: number;
  runs: number;
  seed: number;
  dataDir: string;
}

export async function measureImport(plan: ImportPlan): Promise<Measurement[]> {
  const bytes = dayOneExport(generateReflections(plan.entries, plan.seed ^ 0x1a), plan.seed);
  const label = `${plan.entries.toLocaleString('en')} Day One entries (${(bytes.length / 2 ** 20).toFixed(1)} MiB JSON)`;
  const samples: number[] = [];
  for (let run = 0; run < plan.runs; run += 1) {
    samples.push(timeSync(() => previewImport(importDayOne(bytes, 'Journal.json'), knownFingerprints(new Set()), nativeSha256Hex)));
  }
  return [
    fromRepeats(
      {
        group: 'import',
        name: `parse + preview, ${label}`,
        subject: 'cairn',
        unit: 'ms',
        notes: 'importDayOne (validation, time zones, titles) + previewImport (fingerprints, duplicates); part of the ≤ 3 s import budget',
      },
      samples,
    ),
    await measureImportWrite({ bytes, fileName: 'Journal.json', label, dataDir: plan.dataDir }),
  ];
}
