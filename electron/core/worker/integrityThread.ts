// The journal's full integrity check in a thread of its own, so a check of hundreds of MiB never holds up a request.
import { parentPort, Worker } from 'node:worker_threads';
import { fullIntegrityCheck, type IntegrityCheck } from '../store/openChecks';
import { integrityAnswerSchema, type IntegrityAnswer, type IntegrityWorkerData } from './messages';

/** Starts `entry` (the bundled core worker script) as the checking thread; a thread that fails is no verdict. */
export function checkInThread(entry: string): IntegrityCheck {
  return (file, passphrase, signal) =>
    new Promise((resolve, reject) => {
      const workerData: IntegrityWorkerData = { role: 'integrity-check', file, passphrase };
      const thread = new Worker(entry, { workerData });
      let answered = false;
      const stop = () => void thread.terminate();
      signal.addEventListener('abort', stop, { once: true });
      thread.once('message', (raw: unknown) => {
        answered = true;
        const answer = integrityAnswerSchema.safeParse(raw);
        if (!answer.success) reject(new Error('The integrity check answered something Cairn could not read.'));
        else if (answer.data.type === 'verdict') resolve(answer.data.result);
        else reject(new Error(answer.data.message));
      });
      thread.once('error', (error) => reject(error));
      thread.once('exit', (code) => {
        signal.removeEventListener('abort', stop);
        if (!answered) reject(new Error(signal.aborted ? 'The journal closed before its integrity check finished.' : `The integrity check stopped (exit code ${code}).`));
      });
    });
}

/** The checking thread's side: one check, one answer. */
export function answerIntegrityCheck(data: IntegrityWorkerData): void {
  let answer: IntegrityAnswer;
  try {
    answer = { type: 'verdict', result: fullIntegrityCheck(data.file, data.passphrase) };
  } catch (error) {
    answer = { type: 'unchecked', message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(answer);
}
