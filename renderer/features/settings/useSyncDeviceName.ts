// This computer's name in Settings → Sync, saved through the one saver as it is typed (sync.rename), like every other
// surface; an empty or overlong name is not sent, and the field says why until the next edit. The field shows the
// stored name when it opens and again whenever the status changes, unless what is typed here is not saved yet.
import { useEffect, useRef, useState } from 'react';
import { syncDeviceNameSchema } from '../../../shared/domain/syncSetup';
import { api } from '../../app/client';
import { useSaver } from '../../app/saver/useSaver';
import { useErrors } from '../shell/errorStore';
import { useSync } from './syncStore';

export function useSyncDeviceName() {
  const stored = useSync((state) => state.status?.deviceName ?? null);
  const [text, setText] = useState(stored ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  // Text the core would refuse stays the person's until they change it: a newer status must not replace it.
  const invalid = useRef(false);
  const { saver, status, discardUnsaved } = useSaver<{ deviceName: string }>(
    'sync-device-name',
    async ({ deviceName }) => {
      if (deviceName === undefined) return;
      const next = await api()['sync.rename']({ deviceName });
      useSync.setState({ status: next });
    },
    {
      onFirstFailure: (error) => useErrors.getState().report('The computer’s new name was not saved', error),
      onRestore: ({ deviceName }) => {
        if (deviceName !== undefined) setText(deviceName);
      },
    },
  );

  // The core keeps the name trimmed: "Work " saved as "Work" is the same name, and the space being typed stays.
  useEffect(() => {
    if (stored === null || invalid.current || saver.hasUnsaved()) return;
    setText((shown) => (shown.trim() === stored ? shown : stored));
  }, [stored, saver]);

  return {
    text,
    problem,
    status,
    change(next: string) {
      setText(next);
      const parsed = syncDeviceNameSchema.safeParse(next);
      invalid.current = !parsed.success;
      setProblem(parsed.success ? null : `${parsed.error.issues[0]?.message ?? 'Give this computer a name'}.`);
      if (parsed.success) saver.edit({ deviceName: next });
    },
    flush: () => saver.flush(),
    discard() {
      void discardUnsaved().then(() => {
        invalid.current = false;
        setProblem(null);
        setText(useSync.getState().status?.deviceName ?? '');
      });
    },
  };
}
