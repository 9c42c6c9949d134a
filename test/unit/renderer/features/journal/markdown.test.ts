// @vitest-environment jsdom
// Hostile Markdown renders inert: no scripts, handlers, dangerous links, SVG, frames, styles or network images.
import { describe, expect, it } from 'vitest';
import { isSafeLink, renderMarkdown } from '../../../../../renderer/features/journal/markdown';

const payloads = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1"><circle r="4"/></svg>',
  '<svg><script>window.__xss=1</script></svg>',
  '<a href="javascript:window.__xss=1">click</a>',
  '[click](javascript:window.__xss=1)',
  '[click](JaVaScRiPt:window.__xss=1)',
  '[click](java\tscript:window.__xss=1)',
  '[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=1)',
  '[click](&#x6A;avascript:window.__xss=1)',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](vbscript:msgbox(1))',
  '[click](file:///etc/passwd)',
  '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '![x](https://tracker.example/pixel.png)',
  '![x" onerror="window.__xss=1](x)',
  '<iframe src="https://evil.example"></iframe>',
  '<object data="evil.swf"></object><embed src="evil.swf">',
  '<div style="background:url(javascript:alert(1))">styled</div>',
  '<a href="https://ok.example" onclick="window.__xss=1">x</a>',
  '[x](https://ok.example "title\\" onmouseover=\\"window.__xss=1")',
  '<details open ontoggle="window.__xss=1">',
  '&lt;script&gt;window.__xss=1&lt;/script&gt;',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '[<img src=x onerror=window.__xss=1>](https://ok.example)',
  '<https://ok.example/"onmouseover="window.__xss=1>',
  '| a | b |\n|:-:|--:|\n| 1 | 2 |',
];

function parse(markdown: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = renderMarkdown(markdown);
  return container;
}

describe('markdown renderer', () => {
  it.each(payloads)('renders %j inert', (payload) => {
    const html = parse(payload);
    expect(html.querySelectorAll('script, svg, math, iframe, object, embed, img, style, details, form, input').length).toBe(0);
    for (const element of html.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        expect(attribute.name).not.toMatch(/^on/i);
        expect(attribute.name).not.toBe('style');
        expect(attribute.name).not.toBe('src');
      }
      const href = element.getAttribute('href');
      if (href !== null) expect(isSafeLink(href), href).toBe(true);
    }
  });

  it('keeps ordinary Markdown: headings, emphasis, lists, safe links that open outside with noopener', () => {
    const html = parse('# Week 12\n\n*Teaching* went **well**.\n\n- one\n- two\n\n[notes](https://example.com/notes)');
    expect(html.querySelector('h1')?.textContent).toBe('Week 12');
    expect(html.querySelector('em')?.textContent).toBe('Teaching');
    expect(html.querySelectorAll('li')).toHaveLength(2);
    const link = html.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.com/notes');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link?.getAttribute('target')).toBe('_blank');
  });

  it('lets each block take its direction from its own text, so a Hebrew paragraph reads right to left', () => {
    const html = renderMarkdown('# כותרת\n\nשלום\n\n- one\n\n> quoted');
    expect(html).toContain('<h1 dir="auto">כותרת</h1>');
    expect(html).toContain('<p dir="auto">שלום</p>');
    expect(html).toContain('<li dir="auto">one</li>');
    expect(html).toContain('<blockquote dir="auto">');
  });

  it('shows raw HTML as the text that was typed', () => {
    expect(parse('<b>bold?</b>').textContent).toContain('<b>bold?</b>');
  });

  it('carries table alignment as a class, since the CSP refuses style attributes', () => {
    const cells = parse('| a | b |\n|:-:|--:|\n| 1 | 2 |').querySelectorAll('th');
    expect([...cells].map((cell) => cell.className)).toEqual(['align-center', 'align-right']);
  });

  it('shows an attachment image as a thumbnail button with no source until its bytes arrive, and a file as a download link', () => {
    const hash = 'ab'.repeat(32);
    const html = parse(`![Sunrise <b>](attachment:${hash})\n\n[cv.pdf](attachment:${hash})`);
    const thumb = html.querySelector('button.attachment-thumb');
    expect(thumb?.getAttribute('data-attachment')).toBe(hash);
    expect(thumb?.getAttribute('aria-label')).toBe('Sunrise <b>, open full size');
    const image = thumb?.querySelector('img');
    expect(image?.getAttribute('alt')).toBe('Sunrise <b>');
    expect(image?.hasAttribute('src')).toBe(false);
    const file = html.querySelector('a.attachment-file');
    expect(file?.getAttribute('data-attachment-file')).toBe(hash);
    expect(file?.hasAttribute('target')).toBe(false);
  });

  it.each([
    '![x](http://tracker.example/p.png)',
    '![x](https://tracker.example/p.png)',
    '![x](file:///home/me/secret.png)',
    '![x](data:image/png;base64,iVBORw0KGgo=)',
    '![x](//tracker.example/p.png)',
    '![x](blob:http://127.0.0.1/123)',
    `![x](attachment:${'A'.repeat(64)})`,
    `![x](attachment:${'a'.repeat(63)})`,
    `![x](attachment:${'a'.repeat(64)}?https://tracker.example)`,
    '<img src="attachment:aaaa">',
  ])('never loads the image %j: no img, no source, no attachment hash taken from it', (markdown) => {
    const html = parse(markdown);
    expect(html.querySelectorAll('[src]').length).toBe(0);
    expect(html.querySelectorAll('img, button').length).toBe(0);
  });

  it('accepts only http and https links', () => {
    expect(isSafeLink('https://example.com')).toBe(true);
    expect(isSafeLink('mailto:me@example.com')).toBe(false);
    expect(isSafeLink('javascript:alert(1)')).toBe(false);
    expect(isSafeLink('data:text/html,hi')).toBe(false);
    expect(isSafeLink('/relative')).toBe(false);
  });
});
