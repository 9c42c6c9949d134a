// @vitest-environment jsdom
// The action bar with a menu among its actions: on the bar it is a menu button; moved into More, its items join that menu.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OverflowActions, type BarAction } from '../../../../renderer/ui/OverflowActions';
import { mountPerTest } from '../mount';

const mounted = mountPerTest();
let room = 1000;

beforeEach(() => {
  // jsdom lays nothing out: every button is 100 px wide, and the bar has `room`.
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(100);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => room);
  vi.stubGlobal('ResizeObserver', class { observe() {} disconnect() {} });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const picked: string[] = [];
const actions: BarAction[] = [
  { id: 'shortcuts', label: 'Shortcuts', onSelect: () => picked.push('shortcuts') },
  { id: 'review', label: 'Start a review', menu: [
    { id: 'week', label: 'Weekly review', onSelect: () => picked.push('week') },
    { id: 'year', label: 'Yearly review', onSelect: () => picked.push('year') },
  ] },
  { id: 'new', label: 'New reflection', kept: true, onSelect: () => picked.push('new') },
];

function render() {
  act(() => mounted.root.render(<OverflowActions label="Journal actions" actions={actions} />));
  return mounted.container.querySelector<HTMLElement>('[role="group"]');
}

const buttons = (within: Element | null) => [...(within?.querySelectorAll(':scope > button, :scope > .menu-button > button') ?? [])];
const click = (element: Element | null | undefined) => act(() => (element as HTMLElement | null)?.click());
const menuItems = () => [...document.querySelectorAll('[role="menuitem"]')].map((item) => item.textContent);

describe('OverflowActions with a menu', () => {
  it('shows the menu as a button on the bar that opens its own items', () => {
    room = 1000;
    picked.length = 0;
    const bar = render();
    expect(buttons(bar).map((button) => button.textContent)).toEqual(['Shortcuts', 'Start a review', 'New reflection']);
    const review = buttons(bar)[1];
    expect(review?.getAttribute('aria-haspopup')).toBe('menu');
    click(review);
    expect(menuItems()).toEqual(['Weekly review', 'Yearly review']);
    click(document.querySelector('[role="menuitem"]'));
    expect(picked).toEqual(['week']);
  });

  it('puts the menu’s items, not the menu, into More when the bar has no room for it', () => {
    room = 250;
    picked.length = 0;
    const bar = render();
    expect(buttons(bar).map((button) => button.textContent)).toEqual(['New reflection', 'More…']);
    click(buttons(bar)[1]);
    expect(menuItems()).toEqual(['Shortcuts', 'Weekly review', 'Yearly review']);
    click([...document.querySelectorAll('[role="menuitem"]')][2]);
    expect(picked).toEqual(['year']);
  });
});
