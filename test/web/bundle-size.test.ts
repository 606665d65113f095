/** The bundle-size reader counts exactly the scripts index.html loads up front. */
import { describe, expect, it } from 'vitest';
import { listInitialScripts } from './e2e/harness/bundle-size.js';

describe('listInitialScripts', () => {
  it('lists module scripts and module preloads, once each, without lazy chunks', () => {
    const html = `<!doctype html><html><head>
      <script type="module" crossorigin src="/assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
      <link rel="modulepreload" href="./assets/index-abc.js?v=1">
      <link rel="stylesheet" href="/assets/index-123.css">
      <link rel="preload" as="font" href="/assets/font.woff2">
      </head><body><div id="root"></div></body></html>`;
    expect(listInitialScripts(html)).toEqual(['assets/index-abc.js', 'assets/vendor-def.js']);
  });

  it('ignores scripts from other origins', () => {
    const html = '<script src="https://cdn.example.com/x.js"></script><script src="//x.io/y.js">';
    expect(listInitialScripts(html)).toEqual([]);
  });
});
