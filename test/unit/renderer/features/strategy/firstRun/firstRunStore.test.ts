// Start-up waits for the first-run decision: until settings answer, neither the path nor the journal shows (so no click
// lands on a view about to be replaced); a failed read still lets the journal show.
import { beforeEach, describe, expect, it, vi } from 'vitest';

let release: () => void = () => {};
let failSettings = false;

vi.mock('../../../../../../renderer/app/client', () => ({
  onCoreChange: () => () => {},
  api: () => ({
    'settings.get': async () => {
      await new Promise<void>((resolve) => (release = resolve));
      if (failSettings) throw new Error('the core is gone');
      return { firstRun: { state: 'pending', step: 2 } };
    },
    'values.list': async () => [],
  }),
}));

const { useFirstRun } = await import('../../../../../../renderer/features/strategy/firstRun/firstRunStore');
const { useErrors } = await import('../../../../../../renderer/features/shell/errorStore');

beforeEach(() => {
  useFirstRun.setState({ active: false, decided: false, step: 0 });
  failSettings = false;
});

describe('first-run decision', () => {
  it('is undecided until the settings answer, then resumes the path where it was left', async () => {
    const checking = useFirstRun.getState().check();
    await Promise.resolve();
    expect(useFirstRun.getState()).toMatchObject({ decided: false, active: false });
    release();
    await checking;
    expect(useFirstRun.getState()).toMatchObject({ decided: true, active: true, step: 2 });
  });

  it('is decided (journal shown, path not) when the settings cannot be read, and says so', async () => {
    failSettings = true;
    const report = vi.spyOn(useErrors.getState(), 'report');
    const checking = useFirstRun.getState().check();
    await Promise.resolve();
    release();
    await checking;
    expect(useFirstRun.getState()).toMatchObject({ decided: true, active: false });
    expect(report).toHaveBeenCalledWith('Could not read your settings', expect.any(Error));
  });
});
