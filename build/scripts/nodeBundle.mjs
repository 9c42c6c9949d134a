// The one set of esbuild options for a Node bundle (the shells, the core worker, the benchmark, test children): one
// CommonJS file for Node 20 with the native SQLite module (and any other given) left to require at run time.

/** esbuild options bundling `entry` into `outfile`; `extra` adds to or overrides them (a define, more externals). */
export function nodeBundle(entry, outfile, { external = [], ...extra } = {}) {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: false,
    logLevel: 'warning',
    external: ['better-sqlite3-multiple-ciphers', ...external],
    ...extra,
  };
}
