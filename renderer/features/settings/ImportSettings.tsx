// Settings → Import: Cairn, Day One, jrnl or Markdown; a preview of what would change, then one all-or-nothing import.
import { useEffect, useRef } from 'react';
import { importSources } from '../../../shared/domain/interchange/importBatch';
import { useImport } from '../interchange/importStore';
import { pickedFromBrowser, sourceLabels, type ImportSourceChoice } from '../interchange/importFiles';
import '../interchange/export.css';

const accepts: Record<ImportSourceChoice, string> = {
  'cairn-json': '.json,application/json',
  'day-one': '.zip,.json,application/zip,application/json',
  jrnl: '.json,.txt,application/json,text/plain',
  markdown: '.zip,.md,.markdown,application/zip',
};

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const strategyFates = {
  restored: 'Restored from the file (the journal’s holds nothing yet)',
  same: 'The same as the journal’s',
  kept: 'The journal’s own is kept; the file’s is different',
} as const;

function ImportPreviewPanel() {
  const { preview, status, confirm, reset, replaceStrategy, setReplaceStrategy, inlineTags, setInlineTags } = useImport();
  if (!preview) return null;
  const restores = preview.restores;
  const restoring = restores ? restores.values + restores.experiments + restores.strategyVersions + restores.prompts : 0;
  const strategyComes = restores?.strategy === 'restored' || (restores?.strategy === 'kept' && replaceStrategy);
  const nothingNew = preview.newEntries === 0 && restoring === 0 && !strategyComes;
  return (
    <div className="import-preview" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading">Before anything is written</h3>
      <dl className="facts">
        <dt>Entries found</dt>
        <dd>{preview.totalEntries}</dd>
        <dt>New</dt>
        <dd>{preview.newEntries}</dd>
        <dt>Already in the journal</dt>
        <dd>{preview.duplicateEntries}</dd>
        <dt>Dates</dt>
        <dd>{preview.dateRange ? `${preview.dateRange.from} to ${preview.dateRange.to}` : '—'}</dd>
        {restores && (
          <>
            <dt>Also brings</dt>
            <dd>
              {plural(restores.values, 'value')}, {plural(restores.experiments, 'experiment')},{' '}
              {plural(restores.strategyVersions, 'strategy version')}, {plural(restores.prompts, 'prompt')}
            </dd>
            <dt>Working strategy</dt>
            <dd>{replaceStrategy && restores.strategy === 'kept' ? 'Replaced by the file’s' : strategyFates[restores.strategy]}</dd>
            {restores.alreadyImported > 0 && (
              <>
                <dt>Imported here before</dt>
                <dd>{plural(restores.alreadyImported, 'entry', 'entries')} from the same source file, not added again</dd>
              </>
            )}
          </>
        )}
      </dl>
      {preview.source === 'markdown' && (
        <label className="import-choice">
          <input type="checkbox" checked={inlineTags} onChange={(event) => setInlineTags(event.target.checked)} />
          Also make #tags written in the notes’ text into tags (besides those in their front matter)
        </label>
      )}
      {restores?.strategy === 'kept' && (
        <label className="import-choice">
          <input type="checkbox" checked={replaceStrategy} onChange={(event) => setReplaceStrategy(event.target.checked)} />
          Replace the journal’s working strategy (aspiration, strengths, impact and diagram) with the file’s
        </label>
      )}
      {preview.duplicates.length > 0 && (
        <details className="import-details">
          <summary>{plural(preview.duplicateEntries, 'duplicate')} will be skipped</summary>
          <ul>
            {preview.duplicates.map((duplicate, index) => (
              <li key={index}>
                {duplicate.entryDate} {duplicate.title || 'Untitled'}
              </li>
            ))}
          </ul>
        </details>
      )}
      {preview.problems.length > 0 && (
        <details className="import-details" open={preview.problems.length <= 3}>
          <summary>{plural(preview.problems.length, 'problem')} found</summary>
          <ul>
            {preview.problems.map((problem, index) => (
              <li key={index}>
                <strong>{problem.where}:</strong> {problem.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="settings-row">
        <button type="button" className="button button-primary" disabled={nothingNew || status === 'importing'} onClick={() => void confirm()}>
          {status === 'importing' ? 'Importing…' : preview.newEntries === 0 && !nothingNew ? 'Import' : `Import ${plural(preview.newEntries, 'entry', 'entries')}`}
        </button>
        <button type="button" className="button" onClick={reset}>
          Cancel
        </button>
        {nothingNew && <span className="muted">Everything in it is already in the journal.</span>}
      </div>
    </div>
  );
}

export function ImportSettings() {
  const { source, status, problem, result, chooseSource, pick } = useImport();
  const folderInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // React has no typed prop for folder picking; the attribute is what browsers (and Electron) read.
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, [source]);

  const onFiles = (list: FileList | null) => {
    if (list && list.length > 0) void pick(Array.from(list, pickedFromBrowser));
  };

  return (
    <section className="card" aria-labelledby="import-heading">
      <h2 id="import-heading">Import</h2>
      <p>
        Bring in entries from another journal. You see what would change before anything is written, and an import
        either completes or changes nothing. Importing the same file again adds nothing.
      </p>
      <fieldset className="import-sources">
        <legend>Import from</legend>
        {importSources.map((choice) => (
          <label key={choice} className="import-source">
            <input type="radio" name="import-source" value={choice} checked={source === choice} onChange={() => chooseSource(choice)} />
            {sourceLabels[choice]}
          </label>
        ))}
      </fieldset>
      <div className="settings-row">
        <label className="field">
          {source === 'markdown' ? 'A .zip of the folder' : 'File to import'}
          <input
            key={`file-${source}`}
            type="file"
            accept={accepts[source]}
            disabled={status === 'previewing' || status === 'importing'}
            onChange={(event) => onFiles(event.target.files)}
          />
        </label>
        {source === 'markdown' && (
          <label className="field">
            Or the folder itself
            <input
              key={`folder-${source}`}
              ref={folderInput}
              type="file"
              multiple
              disabled={status === 'previewing' || status === 'importing'}
              onChange={(event) => onFiles(event.target.files)}
            />
          </label>
        )}
      </div>
      {status === 'previewing' && (
        <p className="form-note" role="status">
          Reading the file…
        </p>
      )}
      {problem && (
        <p className="import-problem" role="alert">
          {problem}
        </p>
      )}
      <ImportPreviewPanel />
      {result && (
        <p className="form-note" role="status">
          Imported {plural(result.imported, 'entry', 'entries')}.
          {result.skipped > 0 && ` ${plural(result.skipped, 'entry was', 'entries were')} already in the journal.`}
        </p>
      )}
    </section>
  );
}
