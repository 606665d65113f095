import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/engine/match/html-to-text.js';

describe('htmlToText', () => {
  it('keeps headings and list items as lines and drops scripts, styles and comments', () => {
    const html =
      '<h2>Requirements</h2><!-- <li>secret</li> --><ul><li>Python &amp; SQL</li><li>Go</li></ul><script>x="<li>Cobol</li>"</script><style>p{}</style><p>Apply&nbsp;now</p>';
    expect(htmlToText(html)).toBe('Requirements\n• Python & SQL\n• Go\nApply now');
  });

  it('handles a ">" inside a quoted attribute and numeric entities', () => {
    expect(htmlToText('<p title="a > b">R&#233;sum&#xE9;</p>')).toBe('Résumé');
  });
});
