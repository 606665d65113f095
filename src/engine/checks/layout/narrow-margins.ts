/**
 * Text closer than 0.4 in (29 pt) to a page edge: printers clip it, and some ATS conversions
 * crop it. Lone items (a page number, a "last updated" stamp) are ignored by requiring several
 * lines past the limit on the same side.
 */
import type { Evidence } from '../../model/finding.js';
import type { Line } from '../../model/layout.js';
import type { TipCheck } from '../types.js';
import { lineEvidence } from '../parseability/support/evidence.js';

const MIN_MARGIN = 29;
/** At least this many lines, and this share of body lines, must sit past the limit. */
const MIN_LINES = 3;
const MIN_SHARE = 0.05;
type Side = 'left' | 'right' | 'top' | 'bottom';

export const narrowMargins: TipCheck = {
  id: 'layout.narrow-margins',
  category: 'layout',
  severity: 'tip',
  appliesTo: { formats: ['pdf'] },
  codes: ['layout.narrow-margins'],
  run(context) {
    const sizes = new Map(context.extracted.pages.map((p) => [p.number, p]));
    const lines = context.layout.lines.filter(
      (line) => line.box && line.zone === 'body' && !line.repeated && sizes.has(line.page),
    );
    const close: Record<Side, Array<{ line: Line; distance: number }>> = {
      left: [],
      right: [],
      top: [],
      bottom: [],
    };
    for (const line of lines) {
      const page = sizes.get(line.page)!;
      const { x, y, width, height } = line.box!;
      const distances: Record<Side, number> = {
        left: x,
        right: page.width - (x + width),
        top: y,
        bottom: page.height - (y + height),
      };
      for (const side of Object.keys(distances) as Side[]) {
        const distance = distances[side];
        // Negative distances are off-page text: hidden-text territory, not a margin.
        if (distance >= 0 && distance < MIN_MARGIN) close[side].push({ line, distance });
      }
    }
    const needed = Math.max(MIN_LINES, Math.ceil(MIN_SHARE * lines.length));
    const sides = (Object.keys(close) as Side[]).filter((side) => close[side].length >= needed);
    if (sides.length === 0) return [];
    const evidence: Evidence[] = sides.map((side) => lineEvidence(close[side][0]!.line));
    const smallest = Math.min(...sides.flatMap((side) => close[side].map((c) => c.distance)));
    return [
      {
        code: 'layout.narrow-margins',
        params: {
          sides,
          points: Math.round(smallest),
          inches: Math.round((smallest / 72) * 100) / 100,
          minimum: MIN_MARGIN,
        },
        evidence,
      },
    ];
  },
};
