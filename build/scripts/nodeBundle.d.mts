// Types for nodeBundle.mjs, so TypeScript tests can share it.
import type { BuildOptions } from 'esbuild';
export function nodeBundle(entry: string, outfile: string, extra?: BuildOptions): BuildOptions;
