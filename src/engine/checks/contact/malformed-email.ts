/**
 * E-mail addresses that will bounce or that an ATS cannot read: a missing top-level domain
 * ("jane@gmail"), doubled "@" or dots, typos of common providers ("gmial.com", ".con"), and
 * spelled-out forms ("jane (at) example (dot) com") meant to fool spam bots, which fool ATS too.
 */
import { findEmails } from '../../parse/contact-links.js';
import { evidenceOf } from '../line-evidence.js';
import type { Check, FindingDraft } from '../types.js';
import { linesWith } from './find-lines.js';

const PROVIDER_TYPOS =
  /@(?:gmial|gmai|gamil|gnail|gmal|gmaill|hotmial|hotmal|hotmali|yahooo|yaho|yhoo|outlok|outllok|iclod)\./;
const TLD_TYPOS = /\.(?:con|cmo|ocm|comm|c0m|cpm|vom|xom|nte|ogr)$/;
const OBFUSCATED_RE = /[\w.+-]+\s*[([{]\s*at\s*[)\]}]\s*[\w-]+(?:\s*[([{]\s*dot\s*[)\]}]\s*\w+)+/iu;
/** Cheap pre-test, so the address pattern only runs on the rare lines that could match. */
const HAS_AT_WORD_RE = /[([{]\s*at\s*[)\]}]/i;
const AT_TOKEN_RE = /[^\s<>()|,;:]*@[^\s<>()|,;:]*/gu;

export const malformedEmail: Check = {
  id: 'contact.malformed-email',
  category: 'contact',
  severity: 'warning',
  weight: 10,
  appliesTo: {},
  codes: ['contact.malformed-email'],
  run({ resume, layout }) {
    const findings: FindingDraft[] = [];
    for (const email of resume.contact.emails) {
      const [local = '', domain = ''] = email.split('@');
      const isBad =
        /^\.|\.$|\.\./.test(local) ||
        /\.\./.test(domain) ||
        PROVIDER_TYPOS.test(`@${domain}`) ||
        TLD_TYPOS.test(domain);
      if (!isBad) continue;
      const line = linesWith(layout, email)[0];
      findings.push({
        code: 'contact.malformed-email',
        params: { email },
        evidence: line ? [evidenceOf(line)] : [],
      });
    }
    for (const line of layout.lines) {
      const printed = unreadableAddress(line.text);
      if (printed)
        findings.push({
          code: 'contact.malformed-email',
          params: { email: printed },
          evidence: [evidenceOf(line)],
        });
    }
    return findings;
  },
};

/** An address-like token the e-mail grammar does not read, or a spelled-out address. */
export function unreadableAddress(text: string): string | null {
  const obfuscated = HAS_AT_WORD_RE.test(text) ? OBFUSCATED_RE.exec(text) : null;
  if (obfuscated) return obfuscated[0];
  if (!text.includes('@')) return null;
  for (const [token] of text.matchAll(AT_TOKEN_RE)) {
    // "@handle" and "x.com/@handle" are social handles, not addresses.
    if (token.startsWith('@') || token.includes('/') || !/\p{L}@|@\p{L}/u.test(token)) continue;
    if (findEmails(token).length === 0 || token.split('@').length > 2) return token;
  }
  return null;
}
