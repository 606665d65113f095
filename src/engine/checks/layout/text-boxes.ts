/**
 * Text inside Word text boxes (drawing shapes). Many ATS skip shapes entirely, or read their text
 * at the end of the document; our extractor keeps it in place, so the resume looks complete here
 * but may not be there. The flow layout turns text-box blocks into body lines, so lines are found
 * by walking the blocks the same way the layout does.
 */
import type { Evidence } from '../../model/finding.js';
import type { WarningCheck } from '../types.js';
import { lineEvidence, snippetOf } from '../parseability/support/evidence.js';

export const textBoxes: WarningCheck = {
  id: 'layout.text-boxes',
  category: 'layout',
  severity: 'warning',
  weight: 10,
  appliesTo: { formats: ['docx', 'doc'], needsText: false },
  codes: ['layout.text-boxes'],
  run(context) {
    const { blocks } = context.extracted;
    if (!blocks.some((block) => block.zone === 'textbox')) return [];
    const evidence: Evidence[] = [];
    let words = 0;
    let index = 0;
    for (const block of blocks) {
      for (const part of block.text.split('\n')) {
        if (!part.trim()) continue;
        if (block.zone === 'textbox') {
          words += part.split(/\s+/).filter(Boolean).length;
          const line = context.layout.lines[index];
          if (evidence.length < 5) {
            evidence.push(
              line && line.text === part.trim()
                ? lineEvidence(line)
                : { page: block.page ?? 1, snippet: snippetOf(part) },
            );
          }
        }
        index++;
      }
    }
    if (words === 0) return [];
    return [{ code: 'layout.text-boxes', params: { words }, evidence }];
  },
};
