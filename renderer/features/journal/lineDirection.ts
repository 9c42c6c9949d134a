// Each line of the editor takes its direction from its own text (dir="auto"), so a Hebrew or Arabic line runs and
// aligns right to left beside English ones; CodeMirror's per-line direction then moves the cursor the same way.
import { RangeSetBuilder, type Extension } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';

const autoDirection = Decoration.line({ attributes: { dir: 'auto' } });

function visibleLines(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const { from, to } of view.visibleRanges) {
    for (let position = from; position <= to; ) {
      const line = view.state.doc.lineAt(position);
      builder.add(line.from, line.from, autoDirection);
      position = line.to + 1;
    }
  }
  return builder.finish();
}

const lineDirections = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = visibleLines(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged || update.viewportChanged) this.decorations = visibleLines(update.view);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

export const lineDirection: Extension = [EditorView.perLineTextDirection.of(true), lineDirections];
