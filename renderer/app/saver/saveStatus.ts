// The words for a saver's state, shown where the person is editing and announced politely to screen readers.
import { ApiError } from '../api';
import type { AutosaveStatus } from './autosave';

/** The core refused the edits themselves: saving them again unchanged would be refused again. */
export function isRefusal(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'VALIDATION';
}

export function describeSaveFailure(error: unknown): string {
  if (error instanceof ApiError && error.code === 'TRANSPORT') return 'Cairn’s journal service did not answer';
  if (error instanceof Error && error.message) return error.message.replace(/\.$/, '');
  return 'something went wrong';
}

export function saveStatusLabel(status: AutosaveStatus): string {
  switch (status.state) {
    case 'saved':
      return 'Saved';
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'failed':
      // The retry first: where the line is cut short, what happens next is what stays on screen.
      return `Not saved, retrying in ${Math.round(status.retryInMs / 1000)} s — ${status.reason}`;
    case 'refused':
      return `Not saved — ${status.reason}`;
  }
}
