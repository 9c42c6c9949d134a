// Links leave the app only as http(s) URLs the person agreed to open; anything else is refused before asking.
import { describe, expect, it, vi } from 'vitest';
import { createExternalLinkOpener } from '../../../../electron/main/externalLinks';

function opener(answer: boolean) {
  const confirm = vi.fn(async () => answer);
  const open = vi.fn(async () => {});
  return { confirm, open, openLink: createExternalLinkOpener({ confirm, open }) };
}

describe('external links', () => {
  it('opens an https link in the system browser after the person confirms', async () => {
    const { confirm, open, openLink } = opener(true);
    expect(await openLink('https://example.com/notes?a=1')).toBe('opened');
    expect(confirm).toHaveBeenCalledWith('https://example.com/notes?a=1');
    expect(open).toHaveBeenCalledWith('https://example.com/notes?a=1');
  });

  it('does nothing when the person declines', async () => {
    const { open, openLink } = opener(false);
    expect(await openLink('http://example.com/')).toBe('declined');
    expect(open).not.toHaveBeenCalled();
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>1</script>', 'app://cairn/index.html', 'smb://host/share', 'not a url', 'mailto:a@b.c'])(
    'refuses %s without asking',
    async (url) => {
      const { confirm, open, openLink } = opener(true);
      expect(await openLink(url)).toBe('refused');
      expect(confirm).not.toHaveBeenCalled();
      expect(open).not.toHaveBeenCalled();
    },
  );
});
