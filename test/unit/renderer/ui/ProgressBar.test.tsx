// @vitest-environment jsdom
// The progress bar: counts a screen reader can read, the phase in a live region, and Stop only while stopping is safe.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import type { Progress } from '../../../../shared/progress';
import { ProgressBar } from '../../../../renderer/ui/ProgressBar';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const base: Progress = { jobId: '3b0a4f5e-8c2d-4e1f-9a6b-7c8d9e0f1a2b', phase: 'writing', done: 2500, total: 10000, remainingMs: 3200, state: 'running', cancellable: false };

function mount(progress: Progress, onCancel?: () => void) {
  const host = document.createElement('div');
  act(() => createRoot(host).render(<ProgressBar progress={progress} label="Import progress" onCancel={onCancel} cancelLabel="Stop the import" />));
  return host;
}

describe('ProgressBar', () => {
  it('says how far and how long is left, in numbers a screen reader reads', () => {
    const bar = mount(base).querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-label')).toBe('Import progress');
    expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax')]).toEqual(['2500', '10000']);
    expect(bar.getAttribute('aria-valuetext')).toBe('Writing entries (2,500 of 10,000), about 3 s left');
  });

  it('announces the phase only, and leaves the value out while it cannot be counted', () => {
    const host = mount({ ...base, phase: 'reading', done: 0, total: null, remainingMs: null, cancellable: true });
    expect(host.querySelector('[role="progressbar"]')!.hasAttribute('aria-valuenow')).toBe(false);
    expect(host.querySelector('[role="status"]')!.textContent).toBe('Reading the file');
  });

  it('offers Stop while nothing is written, and not once the writing has begun', () => {
    const onCancel = vi.fn();
    const stoppable = mount({ ...base, phase: 'checking', cancellable: true }, onCancel);
    act(() => stoppable.querySelector('button')!.click());
    expect(onCancel).toHaveBeenCalledOnce();
    expect(mount(base, onCancel).querySelector('button')).toBeNull();
  });
});
