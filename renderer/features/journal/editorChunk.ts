// The entry editor (CodeMirror and the Markdown preview) is its own chunk, requested as soon as the journal's code runs.
import { lazy } from 'react';

/** Starts downloading the editor alongside the first page of entries, so opening an entry never waits for it. */
export const editorChunk = import('./ReflectionEditor');

export const LazyReflectionEditor = lazy(() => editorChunk.then((module) => ({ default: module.ReflectionEditor })));
