/** List definitions from word/numbering.xml: which (numId, level) pairs draw a visible marker. */
import { childElements, firstChild, type XmlElement } from './xml.js';

export interface Numbering {
  /** True when the list level shows a bullet or number, so the paragraph reads as a list item. */
  isListLevel(numId: string, level: number): boolean;
}

export function readNumbering(root: XmlElement | undefined): Numbering {
  const abstractLevels = new Map<string, Map<number, string>>();
  const numToAbstract = new Map<string, string>();
  const overrides = new Map<string, Map<number, string>>();
  if (root) {
    for (const abstract of childElements(root, 'w:abstractNum')) {
      const id = abstract.attrs['w:abstractNumId'];
      if (id !== undefined) abstractLevels.set(id, readLevels(abstract));
    }
    for (const num of childElements(root, 'w:num')) {
      const id = num.attrs['w:numId'];
      const abstractId = firstChild(num, 'w:abstractNumId')?.attrs['w:val'];
      if (id === undefined || abstractId === undefined) continue;
      numToAbstract.set(id, abstractId);
      const levels = new Map<number, string>();
      for (const override of childElements(num, 'w:lvlOverride')) {
        const lvl = firstChild(override, 'w:lvl');
        const format = firstChild(lvl, 'w:numFmt')?.attrs['w:val'];
        if (format) levels.set(Number(override.attrs['w:ilvl'] ?? 0), format);
      }
      if (levels.size > 0) overrides.set(id, levels);
    }
  }
  return {
    isListLevel(numId, level) {
      // numId 0 explicitly removes numbering inherited from a style.
      if (numId === '0') return false;
      const abstractId = numToAbstract.get(numId);
      if (abstractId === undefined) return false;
      const format =
        overrides.get(numId)?.get(level) ?? abstractLevels.get(abstractId)?.get(level) ?? 'bullet';
      return format !== 'none';
    },
  };
}

function readLevels(abstract: XmlElement): Map<number, string> {
  const levels = new Map<number, string>();
  for (const lvl of childElements(abstract, 'w:lvl')) {
    levels.set(
      Number(lvl.attrs['w:ilvl'] ?? 0),
      firstChild(lvl, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
    );
  }
  return levels;
}
