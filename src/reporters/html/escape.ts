import { showControlCharacters } from '../control-characters.js';

/**
 * Text and attribute values alike: all five characters that can change the meaning of HTML around them, and control
 * characters shown as `\xNN`, so the page is also safe to print in a terminal.
 */
export function escapeHtml(text: string): string {
  return showControlCharacters(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Only http(s) links are ever written as links; anything else (javascript:, data:) is shown as text. */
export function safeLink(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const protocol = new URL(url).protocol;
  return protocol === 'https:' || protocol === 'http:' ? url : undefined;
}

/** An external link that opens in a new tab and tells the target nothing about the report. */
export function externalLink(url: string, label: string, className?: string): string {
  const href = safeLink(url);
  if (href === undefined) return escapeHtml(label);
  const classAttribute = className === undefined ? '' : ` class="${escapeHtml(className)}"`;
  return `<a${classAttribute} href="${escapeHtml(href)}" rel="noopener noreferrer" target="_blank">${escapeHtml(label)}</a>`;
}
