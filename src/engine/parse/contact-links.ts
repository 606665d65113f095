/**
 * E-mail addresses and web links from visible text and from link targets. Every regex here can
 * only start at a token boundary (lookbehind), which keeps scanning linear on long lines.
 */
import type { ContactLink, LinkKind } from '../model/resume.js';

const EMAIL_RE =
  /(?<![\w.%+-])[\w.%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,6}\.[a-z]{2,24}(?![\w-])/giu;

const TLDS =
  'com|org|net|io|dev|me|co|ai|app|info|biz|xyz|tech|site|online|page|blog|design|art|edu|gov|' +
  'de|fr|es|pt|br|cn|jp|ru|uk|us|ca|in|it|nl|ch|at|be|eu|au|se|no|dk|fi|pl|cz|ly|sh|gg|tv|fm|cc|' +
  'id|ie|mx|ar|cl|kr|tw|hk|sg|nz|za|pro|me';
const URL_RE = new RegExp(
  `(?<![\\w@./-])(?:https?://[^\\s<>"'|,;]+|(?:www\\.)?(?:[a-z0-9-]{1,63}\\.){1,5}(?:${TLDS})(?![\\w@-])(?:/[^\\s<>"'|,;]*)?)`,
  'giu',
);

/**
 * A dot between a domain label and a TLD, as URL_RE's bare-domain form needs (the same classes
 * and flags); lines without it or "://" cannot hold a link, and most prose lines have neither.
 */
const DOMAIN_DOT_RE = /[a-z0-9-]\.[a-z]/iu;

/** Framework names that look like domains ("ASP.NET", "Node.io"). */
const NOT_A_SITE = /^(?:asp|vb|ado|dot)\.net$|\.(?:js|ts|py)$/i;

const OTHER_HOSTS =
  /(?:^|\.)(?:twitter|x|facebook|instagram|gitlab|bitbucket|stackoverflow|medium|orcid|researchgate|xing|youtube|kaggle|leetcode|scholar\.google|t|fb|tiktok|mastodon|threads|wa|telegram|t\.me)\.(?:com|org|net|me|co)$/i;

export function findEmails(text: string): string[] {
  if (!text.includes('@')) return [];
  return [...text.matchAll(EMAIL_RE)].map((m) => m[0].replace(/^[.]+|[.]+$/g, '').toLowerCase());
}

export function emailFromMailto(target: string): string | null {
  if (!/^mailto:/i.test(target)) return null;
  const address = decodeURIComponent(target.slice(7).split('?')[0] ?? '')
    .trim()
    .toLowerCase();
  return findEmails(address)[0] ?? null;
}

/**
 * Links printed in the text. With `bareDomains` false (body text), only explicit URLs
 * ("https://", "www.") and profile hosts count, so "Node.js" or "Vue.io" in a bullet stay text.
 */
export function findLinks(text: string, options: { bareDomains: boolean }): ContactLink[] {
  if (!text.includes('.') || !(text.includes('://') || DOMAIN_DOT_RE.test(text))) return [];
  const links: ContactLink[] = [];
  for (const m of text.matchAll(URL_RE)) {
    const printed = m[0].replace(/[.,:;)\]}>]+$/, '');
    if (NOT_A_SITE.test(printed)) continue;
    const link = toLink(printed);
    if (!link) continue;
    const explicit = /^(?:https?:\/\/|www\.)/i.test(printed) || link.kind !== 'portfolio';
    if (!options.bareDomains && !explicit) continue;
    links.push(link);
  }
  return links;
}

/** A link annotation's target; mail and phone targets are handled by their own readers. */
export function linkFromTarget(target: string): ContactLink | null {
  if (!/^(?:https?:\/\/|www\.)/i.test(target)) return null;
  return toLink(target);
}

export function toLink(printed: string): ContactLink | null {
  const withScheme = /^https?:\/\//i.test(printed) ? printed : `https://${printed}`;
  const match = /^(https?):\/\/([^/?#]+)(.*)$/i.exec(withScheme);
  if (!match) return null;
  const host = (match[2] ?? '').toLowerCase();
  if (!host.includes('.') || host.includes('@')) return null;
  const rest = (match[3] ?? '').replace(/\/+$/, '');
  const url = `${(match[1] ?? 'https').toLowerCase()}://${host}${rest}`;
  return { kind: classify(host), url };
}

/** Same link regardless of scheme, "www." and a trailing slash. */
export function linkKey(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

function classify(host: string): LinkKind {
  const bare = host.replace(/^www\./, '');
  if (/(?:^|\.)linkedin\.com$/.test(bare)) return 'linkedin';
  if (/^github\.com$/.test(bare)) return 'github';
  if (OTHER_HOSTS.test(bare)) return 'other';
  return 'portfolio';
}
