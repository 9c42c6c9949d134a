// Pure parsing of a Vite build: the entry scripts index.html loads and the static imports each chunk pulls in.

/** Module scripts and modulepreload links in the page: what the browser fetches before the app starts. */
export function entryScripts(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*\btype=["']module["'][^>]*\bsrc=["']([^"']+)["'][^>]*>/gi)) found.push(match[1]!);
  for (const match of html.matchAll(/<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["'][^>]*>/gi)) found.push(match[1]!);
  return [...new Set(found)];
}

/** Stylesheets the page links: loaded up front too, reported beside the JavaScript. */
export function linkedStylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*\brel=["']stylesheet["'][^>]*\bhref=["']([^"']+)["'][^>]*>/gi)].map((match) => match[1]!);
}

/** `import … from "./x.js"` and `import "./x.js"`, never `import("./x.js")`: dynamic imports are lazy chunks. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g)) found.add(match[1]!);
  for (const match of code.matchAll(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+\.js)["']/g)) found.add(match[1]!);
  return [...found];
}

/** Resolves `./x.js` or `../x.js` against the importing file's path (POSIX, relative to the build root). */
export function resolveRelative(fromFile: string, specifier: string): string {
  const parts = fromFile.split('/').slice(0, -1);
  for (const segment of specifier.split('/')) {
    if (segment === '.' || segment === '') continue;
    if (segment === '..') parts.pop();
    else parts.push(segment);
  }
  return parts.join('/');
}

/** Every file reachable from the entries through static imports; `read` returns a file's code by its path. */
export function initialGraph(entries: readonly string[], read: (file: string) => string): string[] {
  const seen = new Set<string>();
  const queue = entries.map((entry) => resolveRelative('index.html', entry));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of staticImports(read(file))) queue.push(resolveRelative(file, specifier));
  }
  return [...seen];
}
