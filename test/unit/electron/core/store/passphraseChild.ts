// Child process for the passphrase crash test: opens the core on a data folder and runs one passphrase operation on it.
import fs from 'node:fs';
import { openCore } from '../../../../../electron/core/core';

const [dataDir, operation, current, next] = process.argv.slice(2) as [string, 'set' | 'change' | 'remove', string, string];
const core = openCore({ dataDir, appVersion: '0.0.0-test', host: 'browser', housekeeping: false });
if (core.journal.status(0).state === 'locked') core.journal.unlock(current);
fs.writeSync(1, 'ready\n');
const started = performance.now();
if (operation === 'set') core.journal.setPassphrase(next);
else if (operation === 'change') core.journal.changePassphrase(current, next);
else core.journal.removePassphrase(current);
// Written synchronously, so the parent hears of the end only once the operation has returned.
fs.writeSync(1, `done ${Math.round(performance.now() - started)}\n`);
core.close();
