// A number setting typed into a field and saved through the one saver as it is typed, like every other surface; a
// number out of range is not sent, and the field says why until the next edit.
import { useCallback, useRef, useState } from 'react';
import { settingSchemas } from '../../../shared/domain/settings';
import { api } from '../../app/client';
import { useSaver } from '../../app/saver/useSaver';
import { useErrors } from '../shell/errorStore';

type NumberSettingKey = 'backups.keep' | 'security.autoLockMinutes' | 'versions.checkInAfterDays';

export interface NumberSetting {
  text: string;
  /** Shows the stored value (after reading the settings), unless the person has typed into the field. */
  show(value: number): void;
  change(text: string): void;
  /** Why the typed number is not saved, or null. */
  problem: string | null;
  status: ReturnType<typeof useSaver>['status'];
  flush(): Promise<boolean>;
}

export function useNumberSetting(key: NumberSettingKey, range: string, afterSave?: () => Promise<void>): NumberSetting {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // Once the person has typed, the field is theirs: a read of the settings landing later must not replace it.
  const typed = useRef(false);
  const { saver, status } = useSaver<{ value: number }>(
    `setting:${key.replace('.', '-').toLowerCase()}`,
    async ({ value }) => {
      if (value === undefined) return;
      await api()['settings.set']({ key, value });
      await afterSave?.();
    },
    { onFirstFailure: (error) => useErrors.getState().report('The setting was not saved', error) },
  );
  // Stable, so a panel can read the settings in an effect that depends on it.
  const show = useCallback((value: number) => {
    if (!typed.current && !saver.hasUnsaved()) setText(String(value));
  }, [saver]);
  return {
    text,
    problem,
    status,
    show,
    change(next) {
      typed.current = true;
      setText(next);
      const parsed = settingSchemas[key].safeParse(next.trim() === '' ? Number.NaN : Number(next));
      setProblem(parsed.success ? null : range);
      if (parsed.success) saver.edit({ value: parsed.data });
    },
    flush: () => saver.flush(),
  };
}
