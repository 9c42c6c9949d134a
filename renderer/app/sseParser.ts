// Reads the Server-Sent Events wire format (as the browser host writes it) from text arriving in arbitrary chunks.

/** Feeds chunks in; calls onEvent for each complete event with its name ('message' when unnamed) and data. */
export function createSseParser(onEvent: (name: string, data: string) => void): (chunk: string) => void {
  let buffer = '';
  let name = '';
  let data: string[] = [];
  function line(text: string): void {
    if (text === '') {
      if (data.length > 0) onEvent(name || 'message', data.join('\n'));
      name = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    const value = colon === -1 ? '' : text.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') name = value;
    if (field === 'data') data.push(value);
  }
  return (chunk) => {
    buffer += chunk;
    const lines = buffer.split(/\r\n|\r|\n/);
    buffer = lines.pop() ?? '';
    lines.forEach(line);
  };
}
