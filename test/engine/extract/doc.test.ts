import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExtractContext } from '../../../src/engine/extract/context.js';
import { extractDoc, splitStory } from '../../../src/engine/extract/doc.js';
import { createBudget, DEFAULT_LIMITS } from '../../../src/engine/options.js';

const context: ExtractContext = { limits: DEFAULT_LIMITS, budget: createBudget() };
const resume = new Uint8Array(
  readFileSync(new URL('../../fixtures/documents/resume-libreoffice.doc', import.meta.url)),
);

/** The WordDocument stream starts on a sector boundary with the FIB identifier 0xA5EC. */
function fibOffset(bytes: Uint8Array): number {
  for (let at = 512; at < bytes.length; at += 512)
    if (bytes[at] === 0xec && bytes[at + 1] === 0xa5) return at;
  throw new Error('no FIB');
}

describe('extractDoc', () => {
  it('reads paragraphs, table cells and hyperlink fields from a Word 97 file written by LibreOffice', async () => {
    const doc = await extractDoc(resume, context);
    const texts = doc.blocks.map((b) => b.text);
    expect(doc.format).toBe('doc');
    expect(texts[0]).toBe('Jane Doe');
    expect(texts).toContain(
      'Led the redesign of the settlement pipeline, cutting end-of-day processing from 4 hours to 25 minutes.',
    );
    expect(texts.some((t) => t.includes('HYPERLINK'))).toBe(false);
    expect(texts[1]).toContain('jane.doe@example.com');
    expect(doc.blocks.filter((b) => b.kind === 'table-cell').map((b) => [b.text, b.table])).toEqual(
      [
        ['M.Sc. Computer Science', { index: 0, row: 0, cell: 0 }],
        ['Technical University of Munich', { index: 0, row: 0, cell: 1 }],
        ['2012 – 2014', { index: 0, row: 0, cell: 2 }],
        ['B.Sc. Computer Science', { index: 0, row: 1, cell: 0 }],
        ['University of Stuttgart', { index: 0, row: 1, cell: 1 }],
        ['2009 – 2012', { index: 0, row: 1, cell: 2 }],
      ],
    );
    expect(doc.links.map((l) => l.url)).toEqual([
      'mailto:jane.doe@example.com',
      'https://www.linkedin.com/in/janedoe',
      'https://github.com/janedoe',
    ]);
  });

  it('fails with DOC_CORRUPT on a truncated file', async () => {
    await expect(extractDoc(resume.subarray(0, 3000), context)).rejects.toMatchObject({
      code: 'DOC_CORRUPT',
    });
    await expect(extractDoc(resume.subarray(0, 100), context)).rejects.toMatchObject({
      code: 'DOC_CORRUPT',
    });
  });

  it('asks for the password when the FIB says the document is encrypted', async () => {
    const encrypted = resume.slice();
    encrypted[fibOffset(encrypted) + 11]! |= 0x01;
    await expect(extractDoc(encrypted, context)).rejects.toMatchObject({
      code: 'WORD_PASSWORD_REQUIRED',
    });
  });
});

describe('splitStory', () => {
  it('keeps field results, drops instructions (nested too) and collects hyperlink targets', () => {
    const links: string[] = [];
    const story =
      'Mail \x13 HYPERLINK "mailto:a@b.c" \x14a@b.c\x15 now\rPage \x13PAGE\x142\x15 of \x13 NUMPAGES \x13x\x15\x143\x15\r';
    expect(splitStory(story, 'body', links).map((b) => b.text)).toEqual([
      'Mail a@b.c now',
      'Page 2 of 3',
    ]);
    expect(links).toEqual(['mailto:a@b.c']);
  });

  it('splits cells and rows on cell marks and maps special characters', () => {
    const story = 'Intro\rA\x07B\x07\x07C\x07D\x07\x07After\x0bline\x1ebreak\r';
    expect(splitStory(story, 'body', []).map((b) => [b.kind, b.text, b.table])).toEqual([
      ['paragraph', 'Intro', undefined],
      ['table-cell', 'A', { index: 0, row: 0, cell: 0 }],
      ['table-cell', 'B', { index: 0, row: 0, cell: 1 }],
      ['table-cell', 'C', { index: 0, row: 1, cell: 0 }],
      ['table-cell', 'D', { index: 0, row: 1, cell: 1 }],
      ['paragraph', 'After\nline-break', undefined],
    ]);
  });
});
