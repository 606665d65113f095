/** Generated PDFs shared by the parseability check tests. */
import { A4, buildPdf, column, type PageSpec } from '../../../helpers/pdf-fixtures.js';

/** A plausible resume body: enough words that no "too little text" rule applies. */
export const RESUME_LINES = [
  'Ada Lovelace',
  'ada@example.org · +44 20 7946 0958 · London',
  'Experience',
  'Senior Software Engineer, Analytical Engines Ltd, 2019 – present',
  'Designed the payment reconciliation service processing two million records daily.',
  'Reduced cloud spending by thirty percent through capacity planning and caching.',
  'Mentored five engineers and introduced contract testing across four teams.',
  'Education',
  'BSc Mathematics, University of London, 2012 – 2015',
  'Skills',
  'Python, TypeScript, PostgreSQL, Kubernetes, Terraform',
];

export function textPage(lines = RESUME_LINES, x = 60): PageSpec {
  return { texts: column(lines, { x, top: 70, leading: 16 }) };
}

export function fullPageImage(): PageSpec['images'] {
  return [{ x: 0, y: 0, width: A4.width, height: A4.height }];
}

/** Letters swapped for consonants, the way a broken ToUnicode map shifts code points. */
export function consonantSoup(text: string): string {
  const map: Record<string, string> = { a: 'b', e: 'f', i: 'j', o: 'p', u: 'v', y: 'z' };
  return text.replace(/[aeiouy]/gi, (c) => {
    const mapped = map[c.toLowerCase()]!;
    return c === c.toLowerCase() ? mapped : mapped.toUpperCase();
  });
}

export const resumePdf = () => buildPdf({ pages: [textPage()] });
