// The words of Settings → Sync: the set-up form's checks, where a refusal is shown, and how the status reads.
import { syncDeviceNameSchema, syncFolderSchema, type SyncStatus } from '../../../shared/domain/syncSetup';
import { formatDateTime, formatDay } from '../../ui/dates';
import { passphraseProblem } from '../security/passphraseRules';

export type SyncMode = 'start' | 'join';

export interface SyncSetUpFields {
  folder: string;
  deviceName: string;
  passphrase: string;
  /** Asked only when starting, where a typing mistake would lock every other computer out. */
  repeat: string;
}

export type SyncField = 'folder' | 'deviceName' | 'passphrase';
export type SyncFieldProblems = Partial<Record<SyncField, string>>;

/** A name the person can keep or change: what kind of computer this is, from what the browser says it runs on. */
export function defaultDeviceName(platform: string): string {
  if (/Mac/i.test(platform)) return 'My Mac';
  if (/Win/i.test(platform)) return 'My Windows PC';
  if (/Linux|X11|CrOS/i.test(platform)) return 'My Linux computer';
  return 'This computer';
}

const sentence = (message: string) => (/[.!?]$/.test(message) ? message : `${message}.`);

/** The first problem of each field, before anything is sent; an empty object when the form can be sent. */
export function setUpProblems(mode: SyncMode, fields: SyncSetUpFields): SyncFieldProblems {
  const problems: SyncFieldProblems = {};
  const folder = syncFolderSchema.safeParse(fields.folder);
  if (!folder.success) problems.folder = sentence(folder.error.issues[0]?.message ?? 'Choose the folder to sync through');
  const name = syncDeviceNameSchema.safeParse(fields.deviceName);
  if (!name.success) problems.deviceName = sentence(name.error.issues[0]?.message ?? 'Give this computer a name');
  const passphrase =
    mode === 'start'
      ? passphraseProblem('set', { current: '', next: fields.passphrase, repeat: fields.repeat })?.replace('two new passphrases', 'two sync passphrases')
      : fields.passphrase.length === 0
        ? 'Enter the sync passphrase chosen on your other computer.'
        : null;
  if (passphrase) problems.passphrase = passphrase;
  return problems;
}

/**
 * Which field a refusal of `sync.setUp` belongs beside: a wrong passphrase by the passphrase, every other refusal the
 * core gives for setting up (no such folder, no sync to join, one already there, an unreadable key file) by the folder.
 * Anything else (the core not answering) is no field's, and is shown under the form.
 */
export function fieldForRefusal(code: string): SyncField | null {
  if (code === 'WRONG_PASSPHRASE') return 'passphrase';
  if (code === 'VALIDATION' || code === 'CONFLICT') return 'folder';
  return null;
}

/** What the panel's heading line says about the state. */
export function describeState(state: SyncStatus['state']): string {
  switch (state) {
    case 'on':
      return 'Syncing: changes go out and come in within seconds.';
    case 'paused':
      return 'Paused: nothing goes out or comes in until you resume. Changes made here wait, and go out then.';
    case 'locked':
      return 'Waiting for the journal to be unlocked: sync runs only while it is open.';
    case 'off':
      return 'Not syncing on this computer.';
  }
}

export function describeLastSeen(device: SyncStatus['devices'][number]): string {
  if (device.lastSeen) return `${device.thisComputer ? 'Last synced' : 'Last seen'} ${formatDateTime(device.lastSeen)}`;
  return device.thisComputer ? 'Not synced yet since Cairn started' : 'Not seen yet';
}

export function describeLastSync(lastSync: string | null): string {
  return lastSync ? formatDateTime(lastSync) : 'Not yet since Cairn started';
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function describePending(status: Pick<SyncStatus, 'pendingOut' | 'pendingIn' | 'state'>): { out: string; in: string } {
  return {
    out: status.pendingOut === 0 ? 'None' : `${count(status.pendingOut, 'change', 'changes')} made here`,
    in:
      status.state === 'paused'
        ? 'Not looked at while paused'
        : status.pendingIn === 0
          ? 'None'
          : `${count(status.pendingIn, 'file', 'files')} from other computers`,
  };
}

/** Files that did not open: what it means and what the person can do. */
export function describeRejected(files: readonly string[]): string {
  if (files.length === 0) return 'None: every file in the sync folder opened.';
  return `${count(files.length, 'file', 'files')} in the sync folder did not open (still arriving, damaged, or made with another sync passphrase); nothing in ${files.length === 1 ? 'it' : 'them'} was applied. A file still arriving opens once it is whole.`;
}

/** The link to an entry edited on two computers at once. */
export function conflictLinkLabel(entry: { title: string; entryDate: string } | null): string {
  if (!entry) return 'An entry no longer in the journal';
  const day = formatDay(entry.entryDate);
  return entry.title.trim() ? `${entry.title.trim()} (${day})` : `The entry of ${day}`;
}
