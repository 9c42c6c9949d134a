// @vitest-environment jsdom
// After a view change under a control that went away, focus lands on the new view's heading, and never steals it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { focusHeadingWhenLost } from '../../../../renderer/ui/focusLost';

function heading(text: string): HTMLHeadingElement {
  const h1 = document.createElement('h1');
  h1.tabIndex = -1;
  h1.textContent = text;
  return h1;
}

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('focusHeadingWhenLost', () => {
  it('waits past the view being replaced for the next view’s heading, then focuses it', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
    const main = document.createElement('main');
    const old = heading('Journal');
    main.append(old);
    document.body.append(main);
    old.focus();
    focusHeadingWhenLost(main);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextFrame();
    expect(document.activeElement).toBe(old);
    main.replaceChildren(heading('Strategy'));
    vi.advanceTimersToNextFrame();
    expect(document.activeElement?.textContent).toBe('Strategy');
  });

  it('leaves focus where the person or the view put it', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
    const main = document.createElement('main');
    const field = document.createElement('input');
    main.append(heading('Experiments'), field);
    document.body.append(main);
    field.focus();
    focusHeadingWhenLost(main);
    vi.advanceTimersToNextFrame();
    expect(document.activeElement).toBe(field);
  });

  it('stops when cancelled, before the heading arrives', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
    const main = document.createElement('main');
    document.body.append(main);
    const stop = focusHeadingWhenLost(main);
    vi.advanceTimersToNextFrame();
    stop();
    main.append(heading('Settings'));
    vi.advanceTimersToNextFrame();
    expect(document.activeElement).toBe(document.body);
  });
});
