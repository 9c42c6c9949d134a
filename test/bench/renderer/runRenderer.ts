// The renderer group (placeholder until the browser measurements are wired).
import type { BenchOptions } from '../options';
import type { Measurement } from '../results';
import type { Workspace } from '../workspace';

export async function runRendererGroup(
  _options: BenchOptions,
  _workspace: Workspace,
  _repoRoot: string,
  _log: (line: string) => void,
): Promise<{ chromiumVersion: string | null; measurements: Measurement[] }> {
  return { chromiumVersion: null, measurements: [] };
}
