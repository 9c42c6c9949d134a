// The import report: before anything is written, what would be new, updated, skipped and left out (each with its
// count and the entries named); after, what was done.
import type { ReactNode } from 'react';
import type { ImportPreviewResult, ImportResult } from '../../../shared/domain/interchange/importRequest';
import { formatDay } from '../../ui/dates';
import { useImport } from './importStore';
import { ProgressBar } from '../../ui/ProgressBar';

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const strategyFates = {
  restored: 'Restored from the file (the journal’s holds nothing yet)',
  same: 'The same as the journal’s',
  kept: 'The journal’s own is kept; the file’s is different',
} as const;

interface Listed {
  entryDate: string;
  title: string;
}

/** A list of entries under a summary, open when short; the count says how many even where the list stops. */
function EntryList({ summary, items, total, note }: { summary: string; items: Listed[]; total: number; note?: (item: Listed, index: number) => ReactNode }) {
  if (total === 0) return null;
  return (
    <details className="import-details" open={total <= 3}>
      <summary>{summary}</summary>
      <ul>
        {items.map((item, index) => (
          <li key={index}>
            <time dateTime={item.entryDate}>{formatDay(item.entryDate)}</time> {item.title || 'Untitled'}
            {note?.(item, index)}
          </li>
        ))}
        {total > items.length && <li className="muted">and {plural(total - items.length, 'more entry', 'more entries')}</li>}
      </ul>
    </details>
  );
}

function RestoreFacts({ restores, replaceStrategy }: { restores: NonNullable<ImportPreviewResult['restores']>; replaceStrategy: boolean }) {
  return (
    <>
      <dt>Also brings</dt>
      <dd>
        {plural(restores.values, 'value')}, {plural(restores.experiments, 'experiment')}, {plural(restores.strategyVersions, 'strategy version')},{' '}
        {plural(restores.prompts, 'prompt')}
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
  );
}

function SkippedLists({ preview }: { preview: ImportPreviewResult }) {
  const inJournal = preview.duplicates.filter((duplicate) => !duplicate.inFile);
  const inFile = preview.duplicates.filter((duplicate) => duplicate.inFile);
  return (
    <>
      <EntryList summary={`${plural(preview.updatedEntries, 'entry', 'entries')} changed in the file will be updated`} items={preview.updated} total={preview.updatedEntries} note={(_item, index) => <span className="muted"> — its {preview.updated[index]?.changes}</span>} />
      <EntryList summary={`${plural(preview.keptEntries, 'entry', 'entries')} changed here more recently than in the file will be kept as they are`} items={preview.kept} total={preview.keptEntries} />
      <EntryList summary={`${plural(preview.duplicateEntries - preview.repeatedInFile, 'entry', 'entries')} already in the journal will be skipped`} items={inJournal} total={preview.duplicateEntries - preview.repeatedInFile} />
      <EntryList summary={`${plural(preview.repeatedInFile, 'entry', 'entries')} repeated within the file will be imported once`} items={inFile} total={preview.repeatedInFile} />
    </>
  );
}

function ProblemList({ problems }: { problems: ImportPreviewResult['problems'] }) {
  if (problems.length === 0) return null;
  return (
    <details className="import-details" open={problems.length <= 3}>
      <summary>{plural(problems.length, 'problem')} found</summary>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <strong>{problem.where}:</strong> {problem.message}
          </li>
        ))}
      </ul>
    </details>
  );
}

const counted = (items: ImportPreviewResult['leftOut']): string => items.map((item) => `${item.count} ${item.what}`).join(', ');

/** The button says what it will write: "Import 3 entries", "Update 2 entries", "Import 3 and update 2". */
function actionLabel(fresh: number, updated: number): string {
  if (fresh > 0 && updated > 0) return `Import ${fresh} and update ${updated}`;
  if (updated > 0) return `Update ${plural(updated, 'entry', 'entries')}`;
  return fresh > 0 ? `Import ${plural(fresh, 'entry', 'entries')}` : 'Import';
}

export function ImportPreviewPanel() {
  const { preview, status, confirm, reset, replaceStrategy, setReplaceStrategy, inlineTags, setInlineTags, progress, cancel, cancelled } = useImport();
  if (!preview) return null;
  const restores = preview.restores;
  const restoring = restores ? restores.values + restores.experiments + restores.strategyVersions + restores.prompts : 0;
  const strategyComes = restores?.strategy === 'restored' || (restores?.strategy === 'kept' && replaceStrategy);
  const nothingNew = preview.newEntries === 0 && preview.updatedEntries === 0 && restoring === 0 && !strategyComes;
  return (
    <div className="import-preview" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading">Before anything is written</h3>
      <dl className="facts">
        <dt>Entries found</dt>
        <dd>{preview.totalEntries}</dd>
        <dt>New</dt>
        <dd>{preview.newEntries}</dd>
        {preview.updatedEntries > 0 && (
          <>
            <dt>Updated</dt>
            <dd>{preview.updatedEntries}</dd>
          </>
        )}
        <dt>Already in the journal</dt>
        <dd>{preview.duplicateEntries - preview.repeatedInFile}</dd>
        {preview.repeatedInFile > 0 && (
          <>
            <dt>Repeated in the file</dt>
            <dd>{preview.repeatedInFile}</dd>
          </>
        )}
        <dt>Dates</dt>
        <dd>{preview.dateRange ? `${preview.dateRange.from} to ${preview.dateRange.to}` : '—'}</dd>
        {preview.leftOut.length > 0 && (
          <>
            <dt>Left out</dt>
            <dd>
              {counted(preview.leftOut)} — Cairn does not keep these yet; the entries’ words come in without them
            </dd>
          </>
        )}
        {preview.newValues > 0 && (
          <>
            <dt>New values</dt>
            <dd>{plural(preview.newValues, 'value')} the notes name will be added to your values</dd>
          </>
        )}
        {preview.unlinked.length > 0 && (
          <>
            <dt>Not linked</dt>
            <dd>{counted(preview.unlinked)} — the entries come in without these links</dd>
          </>
        )}
        {restores && <RestoreFacts restores={restores} replaceStrategy={replaceStrategy} />}
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
      <SkippedLists preview={preview} />
      <ProblemList problems={preview.problems} />
      <div className="settings-row">
        <button type="button" className="button button-primary" disabled={nothingNew || status === 'importing'} onClick={() => void confirm()}>
          {status === 'importing' ? 'Importing…' : actionLabel(preview.newEntries, preview.updatedEntries)}
        </button>
        <button type="button" className="button" disabled={status === 'importing'} onClick={reset}>
          Cancel
        </button>
        {nothingNew && <span className="muted">Everything in it is already in the journal.</span>}
      </div>
      {status === 'importing' && progress && (
        <ProgressBar progress={progress} label="Import progress" onCancel={() => void cancel()} cancelLabel="Stop the import" />
      )}
      {cancelled && (
        <p className="form-note" role="status">
          The import was stopped; nothing was imported.
        </p>
      )}
    </div>
  );
}

/** After the import: what was written (announced), then what was not, and why, from the preview it carried out. */
export function ImportResultNote({ result, reported }: { result: ImportResult; reported: ImportPreviewResult | null }) {
  const reasons: [number, string][] = reported
    ? [
        [reported.duplicateEntries - reported.repeatedInFile, 'already in the journal'],
        [reported.repeatedInFile, 'repeated within the file'],
        [reported.keptEntries, 'changed here more recently than in the file'],
      ]
    : [];
  const skipped = reasons.filter(([count]) => count > 0);
  const more = reported !== null && (skipped.length > 0 || reported.leftOut.length > 0 || reported.unlinked.length > 0 || reported.newValues > 0 || reported.problems.length > 0);
  return (
    <div className="import-result">
      <p className="form-note" role="status">
        Imported {plural(result.imported, 'entry', 'entries')}
        {result.updated > 0 && `, updated ${result.updated}`}.
        {result.skipped > 0 && ` ${plural(result.skipped, 'entry was', 'entries were')} skipped (already in the journal, repeated, or newer here).`}
      </p>
      {more && <h3>After the import</h3>}
      {more && (
        <dl className="facts">
          {skipped.length > 0 && (
            <>
              <dt>Skipped</dt>
              <dd>{skipped.map(([count, why]) => `${count} ${why}`).join(', ')}</dd>
            </>
          )}
          {reported.newValues > 0 && (
            <>
              <dt>Values added</dt>
              <dd>{reported.newValues}</dd>
            </>
          )}
          {reported.unlinked.length > 0 && (
            <>
              <dt>Not linked</dt>
              <dd>{counted(reported.unlinked)}</dd>
            </>
          )}
          {reported.leftOut.length > 0 && (
            <>
              <dt>Left out</dt>
              <dd>{counted(reported.leftOut)}</dd>
            </>
          )}
        </dl>
      )}
      {more && <ProblemList problems={reported.problems} />}
    </div>
  );
}
