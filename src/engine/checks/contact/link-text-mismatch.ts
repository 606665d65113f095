/**
 * A link whose visible text names one place and whose target is another: "github.com/jane"
 * that opens an old portfolio, an e-mail printed as one address but linked to another. Readers
 * and ATS that keep the target see different things, and it looks like a mistake (or worse).
 * Lines whose text prints no address at all ("LinkedIn", an icon) are not judged.
 */
import type { Line } from '../../model/layout.js';
import { emailFromMailto, findEmails, findLinks } from '../../parse/contact-links.js';
import { evidenceOf } from '../line-evidence.js';
import type { Check, FindingDraft } from '../types.js';

export const linkTextMismatch: Check = {
  id: 'contact.link-text-mismatch',
  category: 'contact',
  severity: 'warning',
  weight: 8,
  appliesTo: {},
  codes: ['contact.link-text-mismatch'],
  run({ layout }) {
    const findings: FindingDraft[] = [];
    for (const line of layout.lines) {
      if (line.links.length === 0) continue;
      const mismatch = findMismatch(line);
      if (mismatch)
        findings.push({
          code: 'contact.link-text-mismatch',
          params: mismatch,
          evidence: [evidenceOf(line)],
        });
    }
    return findings;
  },
};

/** A printed address no target matches, paired with a target nothing printed matches. */
function findMismatch(line: Line): { shown: string; target: string } | null {
  const printedHosts = findLinks(line.text, { bareDomains: true }).map((l) => hostOf(l.url));
  const printedEmails = findEmails(line.text);
  const targetHosts: Array<{ host: string; target: string }> = [];
  const targetEmails: Array<{ email: string; target: string }> = [];
  for (const target of line.links) {
    const email = emailFromMailto(target);
    if (email) targetEmails.push({ email, target: email });
    else if (/^https?:\/\//i.test(target)) targetHosts.push({ host: hostOf(target), target });
  }
  const shownHost = printedHosts.find((h) => !targetHosts.some((t) => sameSite(h, t.host)));
  const strayHost = targetHosts.find((t) => !printedHosts.some((h) => sameSite(h, t.host)));
  if (shownHost && strayHost) return { shown: shownHost, target: strayHost.target };
  const shownEmail = printedEmails.find((e) => !targetEmails.some((t) => t.email === e));
  const strayEmail = targetEmails.find((t) => !printedEmails.includes(t.email));
  if (shownEmail && strayEmail) return { shown: shownEmail, target: strayEmail.target };
  return null;
}

function hostOf(url: string): string {
  const host = /^(?:https?:\/\/)?([^/?#:]+)/i.exec(url)?.[1] ?? url;
  return host.toLowerCase().replace(/^www\./, '');
}

/** "github.com" and "gist.github.com", "linkedin.com" and "de.linkedin.com" are one site. */
function sameSite(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}
