// @vitest-environment jsdom
// The unlock screen sends the typed passphrase and shows a wrong one's message where the person typed it.
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { UnlockView } from '../../../../../renderer/features/security/UnlockView';
import { useSecurity } from '../../../../../renderer/features/security/securityStore';
import { mountPerTest } from '../../mount';

const mounted = mountPerTest();

function type(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('UnlockView', () => {
  it('unlocks with the typed passphrase, or says why it could not', async () => {
    const unlock = vi.fn().mockRejectedValueOnce(new Error('That passphrase does not unlock this journal.')).mockResolvedValueOnce(undefined);
    useSecurity.setState({ unlock });
    act(() => mounted.root.render(<UnlockView />));
    const input = mounted.container.querySelector('input[type="password"]') as HTMLInputElement;
    const button = mounted.container.querySelector('button[type="submit"]') as HTMLButtonElement;
    expect(button.disabled).toBe(true);

    act(() => type(input, 'not it'));
    await act(async () => button.click());
    expect(unlock).toHaveBeenLastCalledWith('not it');
    expect(mounted.container.querySelector('[role="alert"]')?.textContent).toBe('That passphrase does not unlock this journal.');
    expect(input.getAttribute('aria-invalid')).toBe('true');

    act(() => type(input, 'the right one'));
    await act(async () => button.click());
    expect(unlock).toHaveBeenLastCalledWith('the right one');
    expect(mounted.container.querySelector('[role="alert"]')).toBeNull();
  });
});
