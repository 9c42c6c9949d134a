// @vitest-environment jsdom
// A preloaded view renders at once, with no fallback in between; one not yet loaded shows the fallback, then itself.
import { act, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { preloadable } from '../../../../renderer/ui/preloadable';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const Greeting = ({ name }: { name: string }) => <p>Hello {name}</p>;

function mount(element: React.ReactNode) {
  const host = document.createElement('div');
  const root = createRoot(host);
  act(() => root.render(<Suspense fallback={<p>Loading…</p>}>{element}</Suspense>));
  return host;
}

describe('preloadable', () => {
  it('renders a preloaded component in the first commit, without the fallback', async () => {
    const view = preloadable(async () => Greeting);
    await view.preload();
    expect(view.isReady()).toBe(true);
    expect(mount(<view.Component name="Ada" />).textContent).toBe('Hello Ada');
  });

  it('shows the fallback until the code arrives, then the component, and loads it once', async () => {
    let loads = 0;
    let arrive: (component: typeof Greeting) => void = () => {};
    const view = preloadable(() => {
      loads += 1;
      return new Promise<typeof Greeting>((resolve) => (arrive = resolve));
    });
    const host = mount(<view.Component name="Grace" />);
    expect(host.textContent).toBe('Loading…');
    void view.preload();
    await act(async () => arrive(Greeting));
    expect(host.textContent).toBe('Hello Grace');
    expect(loads).toBe(1);
  });
});
