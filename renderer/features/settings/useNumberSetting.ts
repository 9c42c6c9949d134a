// A number setting typed into a field and saved through the one saver as it is typed, like every other surface; a
// number out of range is not sent, and the field says why until the next edit. The field reads the stored value
// when it opens and again after every settings change (a save from another tab or one landing after a reload).
import { useCallback, useEffect, useRef, useState } from 'react';
import { settingSchemas } from '../../../shared/domain/settings';
import { api, useCoreChange } from '../../app/client';
import { useSaver } from '../../app/saver/useSaver';
import { useErrors } from '../shell/errorStore';

type NumberSettingKey = 'backups.keep' | 'security.autoLockMinutes' | 'versions.checkInAfterDays';

export interface NumberSetting {
  text: string;
  problem: string | null;
  status: ReturnType<typeof useSaver>['status'];
  change(text: string): void;
  flush(): Promise<boolean>;
  /** Throws away a number the core refused (kept through reloads until now) and shows the stored one again. */
  discard(): void;
}

export function useNumberSetting(key: NumberSettingKey, range: string, afterSave?: () => Promise<void>): NumberSetting {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // Counts edits, so a read that started before the latest one cannot put an older stored value over it.
  const edits = useRef(0);
  // Text that is not a valid number is the person's until they change it: a read must not replace it.
  const invalid = useRef(false);
  const stored = useRef<number | null>(null);
  const { saver, status, discardUnsaved } = useSaver<{ value: number }>(
    `setting:${key.replace('.', '-').toLowerCase()}`,
    async ({ value }) => {
      if (value === undefined) return;
      await api()['settings.set']({ key, value });
      await afterSave?.();
    },
    {
      onFirstFailure: (error) => useErrors.getState().report('The setting was not saved', error),
      onRestore: ({ value }) => {
        if (value === undefined) return;
        edits.current += 1;
        setText(String(value));
      },
    },
  );

  const read = useCallback(() => {
    const editsBefore = edits.current;
    api()['settings.get']({}).then(
      (settings) => {
        const value = settings[key];
        stored.current = value;
        if (edits.current === editsBefore && !invalid.current && !saver.hasUnsaved()) setText(String(value));
      },
      (error: unknown) => useErrors.getState().report('Could not read the settings', error),
    );
  }, [key, saver]);
  useEffect(read, [read]);
  useCoreChange(['settings'], read);

  return {
    text,
    problem,
    status,
    change(next) {
      edits.current += 1;
      setText(next);
      const parsed = settingSchemas[key].safeParse(next.trim() === '' ? Number.NaN : Number(next));
      invalid.current = !parsed.success;
      setProblem(parsed.success ? null : range);
      if (parsed.success) saver.edit({ value: parsed.data });
    },
    flush: () => saver.flush(),
    discard() {
      void discardUnsaved().then(() => {
        invalid.current = false;
        setProblem(null);
        setText(stored.current === null ? '' : String(stored.current));
        read();
      });
    },
  };
}
