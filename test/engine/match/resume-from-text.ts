import { buildLayout, extractDocument, parseResume } from '../../../src/engine/index.js';
import type { LayoutDocument, Resume } from '../../../src/engine/index.js';

/** A plain-text resume through the real pipeline, as the CLI and analyze() see it. */
export async function resumeFromText(
  text: string,
): Promise<{ resume: Resume; layout: LayoutDocument }> {
  const extracted = await extractDocument(new TextEncoder().encode(text));
  const layout = buildLayout(extracted, { check: () => undefined });
  return { resume: parseResume(layout), layout };
}
