// Attaching files to the open entry: added through the core, their links inserted where the cursor is, so the body
// saves through the entry's own saver like anything typed.
import { useState } from 'react';
import { api } from '../../app/client';
import { attachFiles, fileToAttach } from './attachFiles';

export function useAttachments(insert: (markdown: string) => void) {
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  async function attach(files: readonly File[]) {
    setBusy(true);
    setProblems([]);
    try {
      const outcome = await attachFiles(files.map(fileToAttach), (name, base64) => api()['attachments.add']({ name, base64 }));
      if (outcome.markdown) insert(outcome.markdown);
      setProblems(outcome.problems);
    } finally {
      setBusy(false);
    }
  }

  return { busy, problems, attach };
}
