// Renders a reflection's Markdown to inert HTML: raw HTML is escaped, only web links survive, images stay offline.
import MarkdownIt from 'markdown-it';
import { attachmentHashOf } from '../../../shared/domain/attachments';

const safeLinkProtocols = new Set(['http:', 'https:']);

/** True for links a person may follow out of the app: absolute http(s) URLs, nothing else (the desktop shell opens no more). */
export function isSafeLink(href: string): boolean {
  try {
    return safeLinkProtocols.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

type Markdown = ReturnType<typeof MarkdownIt>;

function createRenderer(): Markdown {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: true, breaks: false });
  // markdown-it already refuses javascript:, vbscript:, file: and most data: links; this narrows it to the web and
  // to the journal's own attachments.
  md.validateLink = (url) => isSafeLink(url) || attachmentHashOf(url) !== null;

  // Images would be fetched from the network (and a tracking pixel could tell someone you read an entry): show the text.
  // An attachment's image is a thumbnail with no source yet: MarkdownPreview fills it with a blob: URL of its bytes.
  md.renderer.rules.image = (tokens, index) => {
    const token = tokens[index];
    const alt = token ? md.utils.escapeHtml(token.content || 'image') : 'image';
    const hash = attachmentHashOf(String(token?.attrGet('src') ?? ''));
    if (hash === null) return `<span class="md-image">[${alt}]</span>`;
    return (
      `<button type="button" class="attachment-thumb" data-attachment="${hash}" data-name="${alt}" aria-label="${alt}, open full size">` +
      `<img alt="${alt}" data-attachment-image="${hash}"></button>`
    );
  };

  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
  md.renderer.rules.link_open = (tokens, index, options, env, self) => {
    const token = tokens[index];
    const hash = attachmentHashOf(String(token?.attrGet('href') ?? ''));
    if (token && hash !== null) {
      // A file kept in the journal: offered as a download of its bytes, never opened or rendered.
      token.attrSet('class', 'attachment-file');
      token.attrSet('data-attachment-file', hash);
    } else if (token) {
      token.attrSet('rel', 'noopener noreferrer');
      token.attrSet('target', '_blank');
    }
    return defaultLinkOpen(tokens, index, options, env, self);
  };

  // Table alignment arrives as style="" attributes, which the strict CSP refuses; a class carries it instead.
  md.core.ruler.push('alignment-classes', (state) => {
    for (const token of state.tokens) {
      if (token.type === 'th_open' || token.type === 'td_open') {
        const style = token.attrGet('style');
        if (style) {
          token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
          const align = /text-align:(left|right|center)/.exec(String(style))?.[1];
          if (align) token.attrJoin('class', `align-${align}`);
        }
      }
    }
  });
  // Hebrew, Arabic and other right-to-left text: each block takes its direction from its own first strong letter.
  md.core.ruler.push('direction-from-text', (state) => {
    for (const token of state.tokens) {
      if (token.nesting === 1 && token.block && autoDirectionBlocks.has(token.tag)) token.attrSet('dir', 'auto');
    }
  });
  return md;
}

const autoDirectionBlocks = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'td', 'th']);

let renderer: Markdown | undefined;

/** HTML safe to place in the page: every tag comes from markdown-it's own renderer, never from the text. */
export function renderMarkdown(source: string): string {
  renderer ??= createRenderer();
  return renderer.render(source);
}
