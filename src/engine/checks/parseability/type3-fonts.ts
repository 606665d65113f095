/**
 * Type 3 fonts draw glyphs as small pictures. They often extract fine (then this is only a tip);
 * when their pages also extract badly, the garbled-text and private-use checks carry the weight,
 * and this tip names the likely cause. Never a blocker: Type 3 text that extracts is readable.
 */
import type { TipCheck } from '../types.js';
import { diagnosticPages, findDiagnostic } from './support/diagnostics.js';
import { pagesEvidence } from './support/evidence.js';

export const type3Fonts: TipCheck = {
  id: 'parseability.type3-fonts',
  category: 'parseability',
  severity: 'tip',
  appliesTo: { formats: ['pdf'], needsText: false },
  codes: ['parseability.type3-fonts'],
  run(context) {
    const diagnostic = findDiagnostic(context, 'pdf.type3-fonts');
    if (!diagnostic) return [];
    const pages = diagnosticPages(diagnostic);
    const problemPages = new Set(
      ['pdf.garbled-text', 'pdf.private-use-glyphs', 'pdf.no-text-layer'].flatMap(
        (code) => context.extracted.diagnostics.find((d) => d.code === code)?.pages ?? [],
      ),
    );
    return [
      {
        code: 'parseability.type3-fonts',
        params: {
          fonts: String(diagnostic.params?.fonts ?? diagnostic.sample ?? ''),
          count: diagnostic.count ?? 1,
          pages: pages.join(', '),
          textProblems: pages.some((page) => problemPages.has(page)),
        },
        evidence: pagesEvidence(context, pages),
      },
    ];
  },
};
