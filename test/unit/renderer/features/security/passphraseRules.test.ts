// The passphrase forms explain a mistake before anything is sent.
import { describe, expect, it } from 'vitest';
import { passphraseProblem } from '../../../../../renderer/features/security/passphraseRules';

describe('passphraseProblem', () => {
  it('asks for the current passphrase when changing or removing', () => {
    expect(passphraseProblem('change', { current: '', next: 'long enough', repeat: 'long enough' })).toMatch(/current/);
    expect(passphraseProblem('remove', { current: '', next: '', repeat: '' })).toMatch(/current/);
    expect(passphraseProblem('remove', { current: 'x', next: '', repeat: '' })).toBeNull();
  });

  it('wants a long enough new passphrase typed the same twice', () => {
    expect(passphraseProblem('set', { current: '', next: 'short', repeat: 'short' })).toMatch(/at least 8/);
    expect(passphraseProblem('set', { current: '', next: 'long enough', repeat: 'long enougH' })).toMatch(/not the same/);
    expect(passphraseProblem('set', { current: '', next: 'long enough', repeat: 'long enough' })).toBeNull();
  });
});
