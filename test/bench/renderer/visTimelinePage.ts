// A local page for vis-timeline: its standalone build from node_modules and the same items, served on 127.0.0.1 only.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { SyntheticExperiment, SyntheticReflection } from '../corpus';

export interface TimelineItems {
  reflections: readonly SyntheticReflection[];
  experiments: readonly SyntheticExperiment[];
  /** Dates of the strategy versions. */
  versions: readonly string[];
}

const page = `<!doctype html><html><head><meta charset="utf-8"><title>vis-timeline bench</title>
<link rel="stylesheet" href="/vis.css"><style>body{margin:0;font:14px system-ui}#timeline{width:1200px;height:700px}</style>
</head><body><div id="timeline"></div><script src="/vis.js"></script><script src="/page.js"></script></body></html>`;

/** Builds the timeline once the data is fetched and records construction-to-first-painted-frame in __benchFirstRender. */
const pageScript = `
fetch('/data.json').then((response) => response.json()).then((data) => {
  const groups = new vis.DataSet([
    { id: 'versions', content: 'Strategy versions' },
    { id: 'experiments', content: 'Experiments' },
    { id: 'reflections', content: 'Reflections' },
  ]);
  const items = new vis.DataSet(data);
  const started = performance.now();
  const timeline = new vis.Timeline(document.getElementById('timeline'), items, groups, { height: '700px', stack: false });
  timeline.once('changed', () => requestAnimationFrame(() => setTimeout(() => { window.__benchFirstRender = performance.now() - started; }, 0)));
});`;

export function visItems(items: TimelineItems): unknown[] {
  return [
    ...items.reflections.map((reflection, index) => ({ id: `r${index}`, group: 'reflections', type: 'point', start: reflection.entryDate, content: reflection.title || 'Reflection' })),
    ...items.experiments.map((experiment, index) => ({ id: `e${index}`, group: 'experiments', type: 'range', start: experiment.plannedStart, end: experiment.plannedEnd, content: experiment.title })),
    ...items.versions.map((date, index) => ({ id: `v${index}`, group: 'versions', type: 'point', start: date, content: `Version ${index + 1}` })),
  ];
}

export interface VisServer {
  url: string;
  close(): Promise<void>;
}

export async function serveVisTimeline(repoRoot: string, items: TimelineItems): Promise<VisServer> {
  const visRoot = path.join(repoRoot, 'node_modules/vis-timeline');
  const files: Record<string, { type: string; body: () => Buffer | string }> = {
    '/': { type: 'text/html', body: () => page },
    '/page.js': { type: 'text/javascript', body: () => pageScript },
    '/vis.js': { type: 'text/javascript', body: () => fs.readFileSync(path.join(visRoot, 'standalone/umd/vis-timeline-graph2d.min.js')) },
    '/vis.css': { type: 'text/css', body: () => fs.readFileSync(path.join(visRoot, 'styles/vis-timeline-graph2d.min.css')) },
    '/data.json': { type: 'application/json', body: () => JSON.stringify(visItems(items)) },
  };
  const server = http.createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.type }).end(file.body());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
