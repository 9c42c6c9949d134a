// The entry editor (CodeMirror and the Markdown preview) is its own chunk, requested as soon as the journal's code runs.
import { preloadable } from '../../ui/preloadable';

const editor = preloadable(() => import('./ReflectionEditor').then((module) => module.ReflectionEditor));

/** Starts downloading the editor alongside the first page of entries, so opening an entry never waits for it. */
export const editorChunk = editor.preload();

export const LazyReflectionEditor = editor.Component;
