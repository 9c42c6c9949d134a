// The machine a run happened on: CPU, cores, memory, load, Node and (once known) Chromium versions.
import os from 'node:os';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  platform: string;
  node: string;
  chromium: string | null;
  /** 1-minute load average when the run started: above the core count means other work was competing. */
  loadAverageAtStart: number;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: null,
    loadAverageAtStart: Math.round(os.loadavg()[0]! * 100) / 100,
  };
}
