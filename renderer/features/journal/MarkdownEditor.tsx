// The writing surface: CodeMirror 6 with Markdown highlighting and soft wrap, hosted in a shadow root.
// Why the shadow root: CodeMirror injects its styles with style-mod, which uses constructed (adopted) style sheets only
// inside a shadow root; on the document itself it appends a <style> element, which the strict `style-src 'self'` CSP
// refuses. Constructed sheets are not subject to that CSP, so the editor is styled and the CSP stays strict without a
// nonce (which would need per-response plumbing in both shells).
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdownKeymap, markdownLanguage, pasteURLAsLink } from '@codemirror/lang-markdown';
import { LanguageSupport } from '@codemirror/language';
import { Annotation, EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { editorTheme } from './editorTheme';
import { lineDirection } from './lineDirection';
import type { TextRange } from './findMatch';

export interface MarkdownEditorHandle {
  focus(): void;
  text(): string;
  /** Selects the range and scrolls it to the middle of the view. */
  select(range: TextRange): void;
  /** Shows text saved elsewhere (another view or tab) without reporting it as typed here. */
  replaceText(text: string): void;
  /** Inserts text at the cursor, on a line of its own, as if typed (so it is saved). */
  insertBlock(text: string): void;
}

/** Marks a change that came from elsewhere, so it is not saved back as if typed. */
const fromElsewhere = Annotation.define<boolean>();

interface MarkdownEditorProps {
  initialText: string;
  label: string;
  placeholderText: string;
  onChange(text: string): void;
  onBlur(): void;
  /** Files pasted or dropped into the text; a drop first moves the cursor to where they were dropped. */
  onFiles?(files: File[]): void;
}

export const MarkdownEditor = forwardRef<MarkdownEditorHandle, MarkdownEditorProps>(function MarkdownEditor(
  { initialText, label, placeholderText, onChange, onBlur, onFiles },
  ref,
) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The latest callbacks without rebuilding the editor (which would lose the cursor and undo history).
  const callbacks = useRef({ onChange, onBlur, onFiles });
  callbacks.current = { onChange, onBlur, onFiles };

  useEffect(() => {
    if (!host.current) return;
    const shadow = host.current.shadowRoot ?? host.current.attachShadow({ mode: 'open' });
    const parent = document.createElement('div');
    shadow.append(parent);
    const editor = new EditorView({
      parent,
      root: shadow,
      state: EditorState.create({
        doc: initialText,
        extensions: [
          history(),
          keymap.of([...markdownKeymap, ...defaultKeymap, ...historyKeymap]),
          // The Markdown language itself, not `markdown()`: that one also parses HTML blocks (with the JavaScript and
          // CSS parsers for their scripts and styles), about a fifth of the editor's code, which a journal never shows.
          new LanguageSupport(markdownLanguage),
          pasteURLAsLink,
          editorTheme,
          EditorView.lineWrapping,
          lineDirection,
          placeholder(placeholderText),
          EditorView.contentAttributes.of({ 'aria-label': label, spellcheck: 'true', autocorrect: 'on', autocapitalize: 'sentences' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged && !update.transactions.some((tr) => tr.annotation(fromElsewhere))) {
              callbacks.current.onChange(update.state.doc.toString());
            }
          }),
          EditorView.domEventHandlers({
            blur: () => callbacks.current.onBlur(),
            // Before CodeMirror's own handlers: files become attachments, never their names or bytes as text.
            paste: (event) => {
              const files = [...(event.clipboardData?.files ?? [])];
              if (files.length === 0 || !callbacks.current.onFiles) return false;
              event.preventDefault();
              callbacks.current.onFiles(files);
              return true;
            },
            drop: (event, target) => {
              const files = [...(event.dataTransfer?.files ?? [])];
              if (files.length === 0 || !callbacks.current.onFiles) return false;
              event.preventDefault();
              const at = target.posAtCoords({ x: event.clientX, y: event.clientY });
              if (at !== null) target.dispatch({ selection: { anchor: at } });
              callbacks.current.onFiles(files);
              return true;
            },
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      parent.remove();
      view.current = null;
    };
    // The editor is created once per entry (the parent keys it by id); later prop changes flow through refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useImperativeHandle(ref, () => ({
    focus: () => view.current?.focus(),
    text: () => view.current?.state.doc.toString() ?? initialText,
    select(range) {
      const editor = view.current;
      if (!editor) return;
      const to = Math.min(range.to, editor.state.doc.length);
      editor.dispatch({
        selection: { anchor: Math.min(range.from, to), head: to },
        effects: EditorView.scrollIntoView(range.from, { y: 'center' }),
      });
      editor.focus();
    },
    insertBlock(text) {
      const editor = view.current;
      if (!editor) return;
      const { from, to } = editor.state.selection.main;
      const doc = editor.state.doc;
      const before = from > 0 && doc.sliceString(from - 1, from) !== '\n' ? '\n' : '';
      const after = to < doc.length && doc.sliceString(to, to + 1) !== '\n' ? '\n' : '';
      const insert = `${before}${text}${after}`;
      editor.dispatch({ changes: { from, to, insert }, selection: { anchor: from + before.length + text.length }, userEvent: 'input.paste' });
    },
    replaceText(text) {
      const editor = view.current;
      if (!editor || editor.state.doc.toString() === text) return;
      const cursor = Math.min(editor.state.selection.main.head, text.length);
      editor.dispatch({
        changes: { from: 0, to: editor.state.doc.length, insert: text },
        selection: { anchor: cursor },
        annotations: fromElsewhere.of(true),
      });
    },
  }));

  return <div className="markdown-editor" ref={host} />;
});
