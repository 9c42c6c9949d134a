// Settings → Sync explains a mistake where it was typed, puts the core's refusal beside the right field, and reads true.
import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../../../shared/domain/syncSetup';
import {
  conflictLinkLabel,
  defaultDeviceName,
  describeLastSeen,
  describeLastSync,
  describePending,
  describeRejected,
  fieldForRefusal,
  setUpProblems,
} from '../../../../../renderer/features/settings/syncText';
import { formatDateTime, formatDay } from '../../../../../renderer/ui/dates';

const filled = { folder: '/home/ada/Sync', deviceName: 'Laptop', passphrase: 'a long sync secret', repeat: 'a long sync secret' };

describe('setUpProblems', () => {
  it('lets a complete form through, starting or joining', () => {
    expect(setUpProblems('start', filled)).toEqual({});
    expect(setUpProblems('join', { ...filled, passphrase: 'x', repeat: '' })).toEqual({});
    expect(setUpProblems('start', { ...filled, folder: 'C:\\Users\\ada\\Dropbox' })).toEqual({});
  });

  it('asks for a whole folder path and a name, each beside its own field', () => {
    expect(setUpProblems('join', { ...filled, folder: '  ', deviceName: '' })).toEqual({
      folder: 'Choose the folder to sync through.',
      deviceName: 'Give this computer a name.',
    });
    expect(setUpProblems('start', { ...filled, folder: 'Sync' }).folder).toMatch(/whole path/);
  });

  it('holds a new sync passphrase to the journal passphrase’s rules, entered twice alike', () => {
    expect(setUpProblems('start', { ...filled, passphrase: 'short', repeat: 'short' }).passphrase).toBe('Use at least 8 characters.');
    expect(setUpProblems('start', { ...filled, repeat: 'a long sync secreT' }).passphrase).toBe('The two sync passphrases are not the same.');
  });

  it('asks only that a passphrase be entered when joining, since the folder’s verifier decides', () => {
    expect(setUpProblems('join', { ...filled, passphrase: '' }).passphrase).toMatch(/Enter the sync passphrase/);
    expect(setUpProblems('join', { ...filled, passphrase: 'short', repeat: 'other' })).toEqual({});
  });
});

describe('fieldForRefusal', () => {
  it('puts a wrong passphrase by the passphrase, the folder’s refusals by the folder, and the rest under the form', () => {
    expect(fieldForRefusal('WRONG_PASSPHRASE')).toBe('passphrase');
    expect(fieldForRefusal('VALIDATION')).toBe('folder');
    expect(fieldForRefusal('CONFLICT')).toBe('folder');
    expect(fieldForRefusal('TRANSPORT')).toBeNull();
    expect(fieldForRefusal('INTERNAL')).toBeNull();
  });
});

describe('the status’s words', () => {
  const device = (patch: Partial<SyncStatus['devices'][number]>): SyncStatus['devices'][number] => ({
    device: 'a1',
    name: 'Laptop',
    lastSeen: null,
    thisComputer: false,
    ...patch,
  });

  it('names what kind of computer this is, for a name the person can change', () => {
    expect(defaultDeviceName('MacIntel')).toBe('My Mac');
    expect(defaultDeviceName('Win32')).toBe('My Windows PC');
    expect(defaultDeviceName('Linux x86_64')).toBe('My Linux computer');
    expect(defaultDeviceName('')).toBe('This computer');
  });

  it('says when each computer was last seen, with the one date formatter', () => {
    const at = '2026-12-07T22:15:00.000Z';
    expect(describeLastSeen(device({ lastSeen: at }))).toBe(`Last seen ${formatDateTime(at)}`);
    expect(describeLastSeen(device({ lastSeen: at, thisComputer: true }))).toBe(`Last synced ${formatDateTime(at)}`);
    expect(describeLastSeen(device({}))).toBe('Not seen yet');
    expect(describeLastSync(null)).toBe('Not yet since Cairn started');
    expect(describeLastSync(at)).toBe(formatDateTime(at));
  });

  it('counts what waits, and does not claim to know what comes in while paused', () => {
    expect(describePending({ pendingOut: 0, pendingIn: 0, state: 'on' })).toEqual({ out: 'None', in: 'None' });
    expect(describePending({ pendingOut: 1, pendingIn: 3, state: 'on' })).toEqual({ out: '1 change made here', in: '3 files from other computers' });
    expect(describePending({ pendingOut: 2, pendingIn: 0, state: 'paused' })).toEqual({ out: '2 changes made here', in: 'Not looked at while paused' });
  });

  it('says files that did not open were not applied', () => {
    expect(describeRejected([])).toMatch(/^None/);
    expect(describeRejected(['ab/3.cairnlog'])).toMatch(/^1 file in the sync folder did not open .*nothing in it was applied/);
    expect(describeRejected(['ab/3.cairnlog', 'ab/4.cairnlog'])).toMatch(/^2 files .*nothing in them was applied/);
  });

  it('names an entry to review by its title and day, or its day alone', () => {
    expect(conflictLinkLabel({ title: ' Noon ', entryDate: '2026-12-07' })).toBe(`Noon (${formatDay('2026-12-07')})`);
    expect(conflictLinkLabel({ title: '', entryDate: '2026-12-07' })).toBe(`The entry of ${formatDay('2026-12-07')}`);
    expect(conflictLinkLabel(null)).toBe('An entry no longer in the journal');
  });
});
