// The bundle measurement counts what index.html loads up front plus its static imports, and nothing loaded lazily.
import { describe, expect, it } from 'vitest';
import { entryScripts, initialGraph, linkedStylesheets, resolveRelative, staticImports } from '../../../test/bench/bundle/bundleGraph';

const html = `<!doctype html><html><head>
  <script type="module" crossorigin src="./assets/index-abc.js"></script>
  <link rel="modulepreload" crossorigin href="./assets/vendor-def.js">
  <link rel="stylesheet" crossorigin href="./assets/index-123.css">
</head><body><div id="root"></div></body></html>`;

describe('bundle graph', () => {
  it('finds the entry script, preloaded modules and stylesheets', () => {
    expect(entryScripts(html)).toEqual(['./assets/index-abc.js', './assets/vendor-def.js']);
    expect(linkedStylesheets(html)).toEqual(['./assets/index-123.css']);
  });

  it('reads static imports and re-exports but not dynamic imports', () => {
    const code = 'import{a as b}from"./vendor-def.js";import"./side.js";export*from"./more.js";const c=()=>import("./lazy-xyz.js");';
    expect(staticImports(code).sort()).toEqual(['./more.js', './side.js', './vendor-def.js']);
  });

  it('resolves relative specifiers against the importing file', () => {
    expect(resolveRelative('index.html', './assets/a.js')).toBe('assets/a.js');
    expect(resolveRelative('assets/a.js', './b.js')).toBe('assets/b.js');
    expect(resolveRelative('assets/deep/a.js', '../b.js')).toBe('assets/b.js');
  });

  it('walks the static graph once per file, leaving lazy chunks out', () => {
    const files: Record<string, string> = {
      'assets/index-abc.js': 'import{x}from"./shared.js";import("./lazy.js");',
      'assets/vendor-def.js': 'import"./shared.js";',
      'assets/shared.js': 'import"./index-abc.js";',
      'assets/lazy.js': 'import"./only-lazy.js";',
    };
    const graph = initialGraph(entryScripts(html), (file) => files[file] ?? '');
    expect(graph.sort()).toEqual(['assets/index-abc.js', 'assets/shared.js', 'assets/vendor-def.js']);
  });
});
