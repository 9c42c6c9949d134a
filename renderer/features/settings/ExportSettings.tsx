// Settings → Export: the whole journal as JSON, as a folder of Markdown notes, or as a printable strategy brief.
import { useExport } from '../interchange/exportStore';
import { StrategyBrief } from '../interchange/StrategyBrief';
import '../interchange/export.css';

export function ExportSettings() {
  const { busy, done, brief, exportJson, exportMarkdown, openBrief, closeBrief } = useExport();
  return (
    <section className="card" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <p>Your words are yours. Exports are saved where you choose and never leave this computer otherwise.</p>
      <ul className="export-list">
        <li className="export-item">
          <div>
            <h3>Everything, as Cairn JSON</h3>
            <p className="muted">Reflections, values, strategy and its versions, experiments, prompts and settings. Import it to restore a journal exactly.</p>
          </div>
          <button type="button" className="button" disabled={busy !== null} onClick={() => void exportJson()}>
            {busy === 'json' ? 'Exporting…' : 'Export JSON'}
          </button>
        </li>
        <li className="export-item">
          <div>
            <h3>Markdown notes</h3>
            <p className="muted">A .zip of one note per reflection and experiment, plus strategy.md. Opens in any editor or in Obsidian.</p>
          </div>
          <button type="button" className="button" disabled={busy !== null} onClick={() => void exportMarkdown()}>
            {busy === 'markdown' ? 'Exporting…' : 'Export Markdown'}
          </button>
        </li>
        <li className="export-item">
          <div>
            <h3>Strategy brief</h3>
            <p className="muted">Aspiration, Venn diagram, values, recent versions, experiments and the evidence behind them, ready to print or save as PDF.</p>
          </div>
          <button type="button" className="button" disabled={busy !== null} onClick={() => void openBrief()}>
            {busy === 'brief' ? 'Preparing…' : 'Open brief'}
          </button>
        </li>
      </ul>
      <p className="form-note" role="status">
        {done}
      </p>
      {brief && <StrategyBrief document={brief} onClose={closeBrief} />}
    </section>
  );
}
