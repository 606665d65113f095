/**
 * Splits the document into sections. Each flow (main column, sidebar) has its own current
 * section, so a sidebar's "Skills" never swallows the main column's experience that follows it
 * in reading order. Lines before a flow's first heading form the preamble (name and contact).
 */
import type { Line, LayoutDocument } from '../model/layout.js';
import type { Section } from '../model/resume.js';
import { detectHeadings } from './heading-detect.js';

export interface SectionBlock {
  section: Section;
  /** Content lines (heading excluded), in reading order, of this section's flow only. */
  lines: Line[];
}

export interface SectionSplit {
  blocks: SectionBlock[];
  /** Body lines before the first heading of their flow: the name and contact block. */
  preamble: Line[];
  /** Lines in page header and footer zones. */
  margins: Line[];
}

export function splitSections(layout: LayoutDocument): SectionSplit {
  const headings = detectHeadings(layout.lines, layout.bodyFontSize);
  const headingAt = new Map(headings.map((h) => [h.line.index, h]));
  const current = new Map<Line['flow'], SectionBlock>();
  const blocks: SectionBlock[] = [];
  const preamble: Line[] = [];
  const margins: Line[] = [];
  for (const line of layout.lines) {
    if (line.zone !== 'body') {
      margins.push(line);
      continue;
    }
    if (line.repeated || !line.text.trim()) continue;
    const heading = headingAt.get(line.index);
    if (heading) {
      const block: SectionBlock = {
        section: {
          kind: heading.kind,
          heading: heading.text,
          headingLine: line.index,
          lines: [line.index, line.index],
          page: line.page,
          flow: line.flow,
        },
        lines: [],
      };
      blocks.push(block);
      current.set(line.flow, block);
      continue;
    }
    const block = current.get(line.flow);
    if (!block) {
      preamble.push(line);
      continue;
    }
    if (block.lines.length === 0) block.section.lines[0] = line.index;
    block.section.lines[1] = line.index;
    block.lines.push(line);
  }
  return { blocks, preamble, margins };
}
