/**
 * Job descriptions pasted from career sites arrive as HTML. A linear scan (no backtracking regex
 * over untrusted input) drops tags, scripts and styles, and keeps the structure matching needs:
 * headings and list items become their own lines, list items keep a bullet.
 */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
/** Their content is never text a reader sees. */
const SKIPPED_TAGS = new Set(['script', 'style', 'head', 'template', 'noscript', 'svg', 'iframe']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
  bull: '•',
  hellip: '…',
  middot: '·',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  ntilde: 'ñ',
};

export function looksLikeHtml(text: string): boolean {
  return /<\/?(?:html|body|p|div|li|ul|ol|br|h[1-6]|span|strong|b|section)\b[^>]*>/i.test(
    text.slice(0, 20_000),
  );
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  let skipping: string | null = null;
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    const textEnd = open === -1 ? html.length : open;
    if (skipping === null && textEnd > i) out.push(html.slice(i, textEnd).replace(/\s+/g, ' '));
    if (open === -1) break;
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    const close = findTagEnd(html, open + 1);
    const tag = readTagName(html.slice(open + 1, close));
    i = close + 1;
    if (!tag.name) continue;
    if (skipping !== null) {
      if (tag.isClosing && tag.name === skipping) skipping = null;
      continue;
    }
    if (SKIPPED_TAGS.has(tag.name) && !tag.isClosing && !tag.isSelfClosing) skipping = tag.name;
    else if (tag.name === 'li' && !tag.isClosing) out.push('\n• ');
    else if (BLOCK_TAGS.has(tag.name))
      out.push(tag.name === 'td' || tag.name === 'th' ? ' \n' : '\n');
  }
  return decodeEntities(out.join(''))
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '' && line !== '•')
    .join('\n');
}

/** The '>' that ends a tag, skipping any inside quoted attribute values. */
function findTagEnd(html: string, from: number): number {
  let quote: string | null = null;
  for (let j = from; j < html.length; j++) {
    const c = html[j];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
  }
  return html.length;
}

function readTagName(inner: string): { name: string; isClosing: boolean; isSelfClosing: boolean } {
  const match = /^\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(inner);
  return {
    name: match?.[2]?.toLowerCase() ?? '',
    isClosing: match?.[1] === '/',
    isSelfClosing: inner.trimEnd().endsWith('/'),
  };
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}
