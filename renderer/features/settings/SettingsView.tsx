// Settings: where the journal lives, how it looks, its passphrase, sync and backups, and what this copy of Cairn is.
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/contract';
import { api } from '../../app/client';
import { useErrors } from '../shell/errorStore';
import { AppearanceSettings } from './AppearanceSettings';
import { BackupSettings } from './BackupSettings';
import { ExportSettings } from './ExportSettings';
import { ImportSettings } from './ImportSettings';
import { FirstRunSettings } from './FirstRunSettings';
import { PassphraseSettings } from './PassphraseSettings';
import { SyncSettings } from './SyncSettings';
import { VersionSettings } from './VersionSettings';

export function SettingsView() {
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    api()['app.info']({}).then(setInfo, (error: unknown) => useErrors.getState().report('Could not read the app’s details', error));
  }, []);

  return (
    <section className="view settings" aria-labelledby="settings-heading">
      <header className="view-header">
        <h1 id="settings-heading" tabIndex={-1}>Settings</h1>
      </header>
      <div className="settings-body">
        <section className="card" aria-labelledby="data-heading">
          <h2 id="data-heading">Your data</h2>
          <p>Your journal is one SQLite file on this computer. Cairn never sends a word anywhere.</p>
          <dl className="facts">
            <dt>Data folder</dt>
            <dd>
              <code>{info?.dataDir ?? '…'}</code>
            </dd>
            <dt>Journal file</dt>
            <dd>
              <code>{info?.databasePath ?? '…'}</code>
            </dd>
          </dl>
          <h3>Copies elsewhere</h3>
          <p>
            Cairn’s own backups stay on this computer. For a copy elsewhere, quit Cairn and copy the whole data folder
            to another disk or your usual backup tool.
          </p>
        </section>
        <AppearanceSettings />
        <PassphraseSettings />
        <SyncSettings />
        <BackupSettings />
        <VersionSettings />
        <ExportSettings />
        <ImportSettings />
        <FirstRunSettings />
        <section className="card" aria-labelledby="about-heading">
          <h2 id="about-heading">About</h2>
          <dl className="facts">
            <dt>Version</dt>
            <dd>{info?.appVersion ?? '…'}</dd>
            <dt>Journal format</dt>
            <dd>{info?.schemaVersion ? `schema ${info.schemaVersion}` : '…'}</dd>
            <dt>Running as</dt>
            <dd>{info ? (info.host === 'electron' ? 'Desktop app' : 'Browser mode (local only)') : '…'}</dd>
          </dl>
        </section>
      </div>
    </section>
  );
}
