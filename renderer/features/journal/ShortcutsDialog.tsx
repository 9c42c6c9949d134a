// The shortcuts sheet (press ?): every app and journal shortcut, and the values diagram's keys, in this platform's notation.
import { api } from '../../app/client';
import { useJournal } from './journalStore';
import { Modal } from '../../ui/Modal';
import { diagramShortcuts, displayKeys, shortcuts } from './shortcuts';
import { isMacPlatform } from '../../ui/platform';

export function ShortcutsDialog() {
  const { shortcutsOpen, setShortcutsOpen } = useJournal();
  const host = api().host;
  const isMac = isMacPlatform();
  return (
    <Modal open={shortcutsOpen} labelledBy="shortcuts-title" className="shortcuts-sheet" onClose={() => setShortcutsOpen(false)}>
      <div className="dialog-head">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" className="icon-button" aria-label="Close" autoFocus onClick={() => setShortcutsOpen(false)}>
          ×
        </button>
      </div>
      <dl className="shortcut-list">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.command} className="shortcut-row">
            <dt>{shortcut.label}</dt>
            <dd>
              <kbd>{displayKeys(host === 'browser' && shortcut.browserKeys ? shortcut.browserKeys : shortcut.keys, isMac)}</kbd>
            </dd>
          </div>
        ))}
      </dl>
      <h3 className="shortcut-heading">In the values diagram</h3>
      <dl className="shortcut-list">
        {diagramShortcuts.map((shortcut) => (
          <div key={shortcut.label} className="shortcut-row">
            <dt>{shortcut.label}</dt>
            <dd>
              <kbd>{isMac && shortcut.macKeys ? shortcut.macKeys : shortcut.keys}</kbd>
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted">In lists and the calendar, arrow keys move and Enter opens. Tab reaches every control.</p>
    </Modal>
  );
}
