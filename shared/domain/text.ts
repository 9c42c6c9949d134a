// Text as typed crosses the boundary without NUL or other control characters: tab is allowed, newlines only in multi-line text.
import { z } from 'zod';

const TAB = 9;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const DELETE = 127;

function hasControlCharacter(text: string, multiLine: boolean): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === DELETE) return true;
    if (code >= 32 || code === TAB) continue;
    if (multiLine && (code === LINE_FEED || code === CARRIAGE_RETURN)) continue;
    return true;
  }
  return false;
}

/** A name, label or title: one line. */
export const lineTextSchema = () =>
  z.string().refine((text) => !hasControlCharacter(text, false), 'Remove the control characters (such as NUL or a line break) from this text');

/** Notes, bodies, descriptions: lines and tabs allowed, other control characters refused. */
export const multiLineTextSchema = () =>
  z.string().refine((text) => !hasControlCharacter(text, true), 'Remove the control characters (such as NUL) from this text');
