// @vitest-environment jsdom
// In the desktop app the sync folder comes from the native folder dialog (there is no path to type): the chosen folder
// is shown and is the one set up; a cancelled dialog leaves the form as it was.
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { mountPerTest } from '../../mount';

const chooseFolderNatively = vi.fn<(request: { purpose: 'sync' }) => Promise<string | null>>();

vi.mock('../../../../../renderer/app/client', () => {
  const fixed = { chooseFolderNatively, on: () => () => {} };
  // Every contract operation (the draft's reads and saves) answers as an empty journal would.
  const api = new Proxy(fixed, { get: (target, name) => (name in target ? target[name as keyof typeof target] : async () => null) });
  return { api: () => api, onCoreChange: () => () => {}, useCoreChange: () => {} };
});

const { SyncSetUpForm } = await import('../../../../../renderer/features/settings/SyncSetUpForm');
const { useSync } = await import('../../../../../renderer/features/settings/syncStore');

const mounted = mountPerTest();

function type(input: HTMLInputElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const button = (name: string) =>
  [...mounted.container.querySelectorAll('button')].find((candidate) => candidate.textContent === name) as HTMLButtonElement;

describe('the sync set-up form in the desktop app', () => {
  it('sets up sync on the folder chosen in the native dialog', async () => {
    const setUp = vi.fn(async () => {});
    useSync.setState({ setUp });
    chooseFolderNatively.mockResolvedValueOnce(null).mockResolvedValueOnce('/home/ada/Sync');
    await act(async () => mounted.root.render(<SyncSetUpForm />));
    expect([...mounted.container.querySelectorAll('label')].map((label) => label.textContent)).not.toContain('Sync folder (its whole path)');
    expect(mounted.container.textContent).toContain('No folder chosen yet');

    await act(async () => button('Choose folder…').click());
    expect(mounted.container.textContent).toContain('No folder chosen yet');
    await act(async () => button('Choose folder…').click());
    expect(chooseFolderNatively).toHaveBeenCalledWith({ purpose: 'sync' });
    expect(mounted.container.querySelector('code')?.textContent).toBe('/home/ada/Sync');

    const [passphrase, repeat] = [...mounted.container.querySelectorAll<HTMLInputElement>('input[type="password"]')];
    act(() => type(passphrase!, 'a long sync secret'));
    act(() => type(repeat!, 'a long sync secret'));
    await act(async () => button('Start syncing').click());
    expect(setUp).toHaveBeenCalledWith(expect.objectContaining({ mode: 'start', folder: '/home/ada/Sync', passphrase: 'a long sync secret' }));
  });
});
