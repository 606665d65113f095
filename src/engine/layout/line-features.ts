/** Per-line facts the parser uses: bullets, link targets, body font size. */
import type { Box, LinkAnnotation } from '../model/document.js';
import type { Line } from '../model/layout.js';

/**
 * Bullet glyphs seen in resumes, plus private-use code points: icon fonts (FontAwesome, Wingdings,
 * Symbol) map their bullets there.
 */
const BULLET = /^(?:[•▪▫●○◦◆◇■□►▸▹▶➢➤➣✓✔✗→⇒∙·‣⁃*\u2013\u2014-]|[\ue000-\uf8ff])(?=\s|$|\p{L})/u;

export function hasBullet(text: string): boolean {
  const trimmed = text.trimStart();
  // "-" and dashes are bullets only when followed by a space ("- Built", not "-5%").
  if (/^[-\u2013\u2014*]/.test(trimmed)) return /^[-\u2013\u2014*]\s/.test(trimmed);
  return BULLET.test(trimmed);
}

function overlaps(a: Box, b: Box): boolean {
  const x = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const y = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return x > 0 && y > 0.3 * Math.min(a.height, b.height);
}

export function attachLinks(lines: Line[], links: LinkAnnotation[]): void {
  for (const link of links) {
    if (!link.box) continue;
    for (const line of lines) {
      if (line.page !== link.page || !line.box || !overlaps(line.box, link.box)) continue;
      if (!line.links.includes(link.url)) line.links.push(link.url);
    }
  }
}

/** Median font size weighted by characters: the size most text is set in. */
export function medianFontSize(lines: Line[]): number | undefined {
  const sizes: Array<[number, number]> = [];
  let total = 0;
  for (const line of lines) {
    if (line.fontSize === undefined) continue;
    const weight = line.text.length;
    sizes.push([line.fontSize, weight]);
    total += weight;
  }
  if (total === 0) return undefined;
  sizes.sort((a, b) => a[0] - b[0]);
  let seen = 0;
  for (const [size, weight] of sizes) {
    seen += weight;
    if (seen >= total / 2) return Math.round(size * 100) / 100;
  }
  return undefined;
}
