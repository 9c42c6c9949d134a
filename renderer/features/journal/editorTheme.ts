// The writing surface's look as CodeMirror theme extensions, coloured by the app's CSS variables (they inherit into
// the editor's shadow root, so light and dark follow the OS like the rest of the app).
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

const theme = EditorView.theme({
  '&': { color: 'var(--text)', backgroundColor: 'transparent', fontFamily: 'var(--font-text)', fontSize: 'var(--editor-font-size, 1.1rem)' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'inherit', lineHeight: '1.75', overflow: 'visible' },
  '.cm-content': { padding: '4px 0 24px', minHeight: '200px', caretColor: 'var(--accent-strong)' },
  '.cm-line': { padding: '0' },
  '.cm-placeholder': { color: 'var(--text-muted)', fontStyle: 'italic' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--accent-strong)' },
  '.cm-content ::selection': { backgroundColor: 'color-mix(in srgb, var(--focus) 30%, transparent)' },
});

const markdownHighlight = HighlightStyle.define([
  { tag: tags.heading, fontWeight: '700' },
  { tag: tags.heading1, fontSize: '1.3em' },
  { tag: tags.heading2, fontSize: '1.15em' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.strikethrough, textDecoration: 'line-through' },
  { tag: [tags.link, tags.url], color: 'var(--accent-strong)', textDecoration: 'underline' },
  { tag: [tags.processingInstruction, tags.meta, tags.punctuation, tags.contentSeparator], color: 'var(--text-muted)' },
  { tag: tags.monospace, fontFamily: 'var(--font-mono)', fontSize: '0.9em' },
  { tag: tags.quote, color: 'var(--text-muted)', fontStyle: 'italic' },
]);

export const editorTheme = [theme, syntaxHighlighting(markdownHighlight)];
