// Settings → Sync: start or join a sync folder (its first sync with progress); once on, the folder, the computers, what
// waits, the entries to review, pause, resume and stop.
import { useEffect, useState } from 'react';
import type { SyncStatus } from '../../../shared/domain/syncSetup';
import { api } from '../../app/client';
import { SaveStatus } from '../../app/saver/SaveStatus';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useNavigation } from '../shell/navigationStore';
import '../security/security.css';
import './sync.css';
import { useSync } from './syncStore';
import { SyncSetUpForm } from './SyncSetUpForm';
import { conflictLinkLabel, describeLastSeen, describeLastSync, describePending, describeRejected, describeState } from './syncText';
import { useSyncDeviceName } from './useSyncDeviceName';

/**
 * How often the open panel asks again. The change feed brings what sync applied (entries, conflicts) and every sync
 * operation, but a pass that applied nothing is not announced (announcing each 5 s pass would wake the folder watcher
 * into a loop): a computer's first file, last-seen times, the files waiting and the last sync's time are read here.
 */
const STATUS_POLL_MS = 4_000;

function DeviceNameField() {
  const name = useSyncDeviceName();
  return (
    <div className="settings-row">
      <label className="field field-inline">
        This computer’s name
        <input
          value={name.text}
          maxLength={100}
          aria-invalid={name.problem !== null}
          onChange={(event) => name.change(event.target.value)}
          onBlur={() => void name.flush()}
        />
      </label>
      {name.problem ? (
        <p className="form-error" role="alert">
          {name.problem}
        </p>
      ) : (
        <SaveStatus status={name.status} onDiscard={name.discard} />
      )}
    </div>
  );
}

/** The entries edited on two computers at once, each opening that entry. */
function ConflictList({ conflicts }: { conflicts: SyncStatus['conflicts'] }) {
  const [entries, setEntries] = useState<Record<string, { title: string; entryDate: string } | null>>({});
  const key = conflicts.map((conflict) => conflict.reflectionId).join(',');
  useEffect(() => {
    let current = true;
    const wanted = [...new Set(key.split(',').filter(Boolean))];
    void Promise.all(
      wanted.map((id) =>
        api()['reflections.get']({ id }).then(
          (entry) => [id, { title: entry.title, entryDate: entry.entryDate }] as const,
          () => [id, null] as const,
        ),
      ),
    ).then((found) => current && setEntries(Object.fromEntries(found)));
    return () => {
      current = false;
    };
  }, [key]);
  const ids = [...new Set(conflicts.map((conflict) => conflict.reflectionId))];
  if (ids.length === 0) return <p className="muted">None: every change merged.</p>;
  return (
    <ul className="sync-conflicts">
      {ids.map((id) => (
        <li key={id}>
          <button
            type="button"
            className="sync-link"
            disabled={entries[id] === null}
            onClick={() => useNavigation.getState().open({ kind: 'reflection', id })}
          >
            {id in entries ? conflictLinkLabel(entries[id] ?? null) : 'An entry'}
          </button>
        </li>
      ))}
    </ul>
  );
}

function SyncPanel({ status }: { status: SyncStatus }) {
  const { pause, resume, stop } = useSync();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const pending = describePending(status);
  const act = (run: () => Promise<void>) => {
    setFailure(null);
    run().catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  };

  return (
    <>
      <p role="status">{describeState(status.state)}</p>
      <dl className="facts">
        <dt>Sync folder</dt>
        <dd>
          <code>{status.folder}</code>
        </dd>
        <dt>Last sync</dt>
        <dd>{describeLastSync(status.lastSync)}</dd>
        <dt>Waiting to go out</dt>
        <dd>{pending.out}</dd>
        <dt>Waiting to come in</dt>
        <dd>{pending.in}</dd>
        <dt>Files that did not open</dt>
        <dd>
          {describeRejected(status.rejected)}
          {status.rejected.length > 0 && (
            <ul className="sync-rejected" aria-label="Files that did not open">
              {status.rejected.map((file) => (
                <li key={file}>
                  <code>{file}</code>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <DeviceNameField />
      <h3>Computers</h3>
      <ul className="sync-devices" aria-label="Computers syncing this journal">
        {status.devices.map((device) => (
          <li key={device.device}>
            <strong>{device.name}</strong>
            {device.thisComputer && <span className="muted"> (this computer)</span>}
            <span className="muted"> · {describeLastSeen(device)}</span>
          </li>
        ))}
      </ul>
      <h3>Edited on two computers at once</h3>
      <ConflictList conflicts={status.conflicts} />
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      <div className="settings-row">
        {status.state === 'paused' ? (
          <button type="button" className="button button-primary" onClick={() => act(resume)}>
            Resume syncing
          </button>
        ) : (
          <button type="button" className="button" disabled={status.state === 'locked'} onClick={() => act(pause)}>
            Pause syncing
          </button>
        )}
        <button type="button" className="button button-quiet" onClick={() => setConfirming(true)}>
          Stop syncing on this computer…
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Stop syncing on this computer?"
        message="Your journal stays whole here: every entry stays on this computer. Nothing more goes to the sync folder or comes from it here; the folder and the other computers keep what they have, and you can set up sync again later."
        confirmLabel="Stop syncing"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          act(stop);
        }}
      />
    </>
  );
}

export function SyncSettings() {
  const status = useSync((state) => state.status);
  const refresh = useSync((state) => state.refresh);
  const [problem, setProblem] = useState<string | null>(null);
  const state = status?.state;

  useEffect(() => {
    refresh().catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  }, [refresh]);

  useEffect(() => {
    if (state !== 'on') return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh().catch(() => {});
    }, STATUS_POLL_MS);
    return () => clearInterval(timer);
  }, [state, refresh]);

  return (
    <section className="card" aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync between computers</h2>
      {problem && !status && (
        <p className="form-error" role="alert">
          Could not read sync’s state ({problem}).
        </p>
      )}
      {status && (status.state === 'off' ? <SyncSetUpForm /> : <SyncPanel status={status} />)}
    </section>
  );
}
