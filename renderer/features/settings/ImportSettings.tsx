// Settings → Import: Cairn, Day One, jrnl or Markdown; a preview of what would change, then one all-or-nothing import.
import { useEffect, useRef } from 'react';
import { importSources } from '../../../shared/domain/interchange/importBatch';
import { ImportPreviewPanel, ImportResultNote } from '../interchange/ImportReport';
import { useImport } from '../interchange/importStore';
import { pickedFromBrowser, sourceLabels, type ImportSourceChoice } from '../interchange/importFiles';
import '../interchange/export.css';

const accepts: Record<ImportSourceChoice, string> = {
  'cairn-json': '.json,.zip,application/json,application/zip',
  'day-one': '.zip,.json,application/zip,application/json',
  jrnl: '.json,.txt,application/json,text/plain',
  markdown: '.zip,.md,.markdown,application/zip',
};

export function ImportSettings() {
  const { source, status, problem, result, reported, chooseSource, pick } = useImport();
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
        either completes or changes nothing. Importing the same file again adds nothing; a newer Day One export of the same
        journal updates the entries changed since.
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
      {result && <ImportResultNote result={result} reported={reported} />}
    </section>
  );
}
