// Handlers for locking, passphrases and backups.
import type { Handlers } from '../handlers';
import type { HandlerContext } from './context';

export function securityHandlers({ journal, onSettingsChanged }: HandlerContext) {
  const keep = () => journal.repos().settings.all()['backups.keep'];
  const autoLockMinutes = () => {
    try {
      return journal.repos().settings.all()['security.autoLockMinutes'];
    } catch {
      return 0;
    }
  };
  const status = () => journal.status(autoLockMinutes());
  return {
    'security.status': () => status(),
    'security.unlock': ({ passphrase }) => {
      journal.unlock(passphrase);
      onSettingsChanged();
      return status();
    },
    'security.lock': () => {
      journal.lock();
      return status();
    },
    'security.setPassphrase': ({ passphrase }) => {
      journal.setPassphrase(passphrase);
      return status();
    },
    'security.changePassphrase': ({ current, next }) => {
      journal.changePassphrase(current, next);
      return status();
    },
    'security.removePassphrase': ({ current }) => {
      journal.removePassphrase(current);
      return status();
    },
    'backups.list': () => journal.listBackups(),
    'backups.create': () => journal.backup('manual', keep()),
    'security.startNewJournal': () => {
      journal.startNew();
      onSettingsChanged();
      return status();
    },
    'backups.restore': ({ name, passphrase }) => {
      journal.restore(name, passphrase);
      onSettingsChanged();
      return { done: true };
    },
  } satisfies Partial<Handlers>;
}
