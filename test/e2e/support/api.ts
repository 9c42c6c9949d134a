// Calls the browser host's API directly from a test, to seed data or check what the UI wrote.
import type { HostProcess } from './host';

export async function callApi<T = unknown>(host: HostProcess, operation: string, payload: unknown = {}): Promise<T> {
  const token = /#token=([^&]+)/.exec(host.url)?.[1] ?? '';
  const response = await fetch(`${host.origin}/api/${operation}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-cairn-token': token },
    body: JSON.stringify(payload),
  });
  const envelope = (await response.json()) as { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
  if (!envelope.ok) throw new Error(`${operation} failed: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value;
}
