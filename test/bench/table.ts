// Renders measurements as a fixed-width text table for the terminal and a Markdown table for docs/performance.md.
import type { Measurement } from './results';

function figure(value: number | undefined): string {
  if (value === undefined) return '';
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function verdict(measurement: Measurement): string {
  if (measurement.status === 'skipped') return `skipped: ${measurement.reason ?? ''}`;
  if (!measurement.target) return '';
  return `${measurement.meetsTarget ? 'meets' : 'MISSES'} ≤ ${figure(measurement.target.max)} ${measurement.target.unit}`;
}

const headings = ['group', 'measurement', 'subject', 'unit', 'runs', 'median/value', 'p95', 'p99', 'target'];

export function rows(measurements: readonly Measurement[]): string[][] {
  return measurements.map((m) => [
    m.group,
    m.name,
    m.subject,
    m.unit,
    m.runs === undefined ? '' : String(m.runs),
    figure(m.value ?? m.median),
    figure(m.p95),
    figure(m.p99),
    verdict(m),
  ]);
}

export function textTable(measurements: readonly Measurement[]): string {
  const all = [headings, ...rows(measurements)];
  const widths = headings.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  return all.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
}

export function markdownTable(measurements: readonly Measurement[]): string {
  const escape = (cell: string) => cell.replaceAll('|', '\\|');
  const lines = [`| ${headings.join(' | ')} |`, `|${headings.map(() => ' --- ').join('|')}|`];
  for (const row of rows(measurements)) lines.push(`| ${row.map(escape).join(' | ')} |`);
  return lines.join('\n');
}
