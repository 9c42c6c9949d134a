// A generated Day One JSON export of `count` entries an hour apart, as an import request with a progress job.
import { strToU8 } from 'fflate';
import type { ImportRequest } from '../../../../../shared/domain/interchange/importRequest';

export const IMPORT_JOB = '3b0a4f5e-8c2d-4e1f-9a6b-7c8d9e0f1a2b';

export function dayOneRequest(count: number, options: { tagged?: boolean } = {}): ImportRequest {
  const entries = Array.from({ length: count }, (_, index) => ({
    uuid: `U${index}`,
    text: `Entry number ${index}, about the walk up the ridge.`,
    creationDate: new Date(Date.UTC(2024, 0, 1) + index * 3_600_000).toISOString(),
    timeZone: 'UTC',
    ...(options.tagged ? { tags: [`tag${index % 7}`] } : {}),
  }));
  const base64 = Buffer.from(strToU8(JSON.stringify({ metadata: { version: '1.0' }, entries }))).toString('base64');
  return { source: 'day-one', file: { name: 'Journal.json', base64 }, jobId: IMPORT_JOB };
}
