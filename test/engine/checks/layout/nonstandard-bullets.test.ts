import { nonstandardBullets } from '../../../../src/engine/checks/layout/nonstandard-bullets.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

function withBullets(glyph: string) {
  const context = contextFromText(`
    Ada Lovelace
    # Experience
    Engineer at Acme
    ${glyph} Built the billing service
    ${glyph} Cut latency by 40%
    ${glyph} Mentored five engineers
  `);
  // The markup marks only standard bullets; the layout marks any glyph it recognises.
  for (const line of context.layout.lines) if (line.text.startsWith(glyph)) line.bullet = true;
  return context;
}

describeCheck(nonstandardBullets, {
  fires: [
    { name: 'arrow bullets', context: () => withBullets('➢') },
    { name: 'icon-font bullets', context: () => withBullets('\uf0d8') },
  ],
  passes: [
    { name: 'round bullets', context: () => withBullets('•') },
    { name: 'a Word export', context: () => contextFromFixture('resumes/en-word-classic.pdf') },
    {
      name: 'icons before contact details only',
      context: () => contextFromFixture('corpus/rendercv-classic.pdf'),
    },
  ],
});
