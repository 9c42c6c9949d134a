// Handlers for locking, passphrases and backups.
import type { Handlers } from '../handlerTable';
import type { HandlerContext } from './context';
import { reads, type WriteTable } from '../writes';

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

/** Unlocking, and a restore, put a whole journal in front of the views at once; locking hides it, in every tab. */
const wholeJournal = { aggregates: ['journal'] } as const;

export const securityWrites = {
  'security.status': reads,
  'security.unlock': wholeJournal,
  'security.lock': { aggregates: ['security'] },
  // The passphrase rewrites the file and its backups, not what any view shows; the status is the answer itself.
  'security.setPassphrase': reads,
  'security.changePassphrase': reads,
  'security.removePassphrase': reads,
  'backups.list': reads,
  'backups.create': reads,
  'backups.restore': wholeJournal,
  // A new, empty journal in place of a missing or empty file: every view starts again.
  'security.startNewJournal': wholeJournal,
} satisfies Partial<WriteTable>;
