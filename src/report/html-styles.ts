/**
 * The report's only stylesheet, inlined so the file is self-contained: no fonts, images or URLs
 * (the CSP in html.ts forbids loading anything). Print rules keep findings whole on paper.
 */
export const REPORT_CSS = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --good: #1a7f37; --fair: #9a6700;
  --poor: #cf222e; --tip: #0969da; --bg: #ffffff; --soft: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
.muted, .meta { color: var(--muted); }
.meta { font-size: .9rem; margin: 0; }
.summary { display: flex; gap: 2rem; align-items: center; flex-wrap: wrap; margin-top: 1.5rem; }
.gauge { width: 9rem; height: 9rem; flex: none; }
.gauge .track { stroke: var(--soft); }
.gauge text { font-weight: 700; font-size: 28px; fill: var(--ink); }
.gauge .of { font-size: 11px; font-weight: 400; fill: var(--muted); }
.good { color: var(--good); stroke: var(--good); }
.fair { color: var(--fair); stroke: var(--fair); }
.poor { color: var(--poor); stroke: var(--poor); }
.cap { color: var(--poor); font-weight: 600; }
.categories { flex: 1; min-width: 16rem; margin: 0; padding: 0; list-style: none; }
.categories li { display: grid; grid-template-columns: 7.5rem 1fr 2.5rem; gap: .5rem; align-items: center; }
.bar { height: .55rem; background: var(--soft); border-radius: .3rem; overflow: hidden; }
.bar span { display: block; height: 100%; background: currentColor; }
.categories .value { text-align: right; font-variant-numeric: tabular-nums; }
.finding { border: 1px solid var(--line); border-left-width: 4px; border-radius: .4rem;
  padding: .6rem .9rem; margin: .6rem 0; break-inside: avoid; }
.finding.blocker { border-left-color: var(--poor); }
.finding.warning { border-left-color: var(--fair); }
.finding.tip { border-left-color: var(--tip); }
.finding p { margin: .2rem 0; }
.finding .title { font-weight: 600; }
.code { font: .8rem ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted); }
.evidence { margin: .3rem 0; padding-left: 1.1rem; color: var(--muted); font-size: .9rem; }
.snippet { background: var(--soft); padding: 0 .25rem; border-radius: .2rem; }
.fix { color: var(--good); }
.fix strong { font-weight: 600; }
dl { display: grid; grid-template-columns: 8rem 1fr; gap: .25rem 1rem; margin: 0; }
dt { color: var(--muted); }
dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
ul.plain { padding-left: 1.1rem; margin: .25rem 0; }
.skills { display: flex; flex-wrap: wrap; gap: .35rem; padding: 0; list-style: none; }
.skills li { background: var(--soft); border: 1px solid var(--line); border-radius: 1rem; padding: 0 .6rem; }
footer { margin-top: 2.5rem; font-size: .8rem; color: var(--muted); }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  .finding, tr, .summary { break-inside: avoid; }
  .bar, .bar span, .skills li, .snippet { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
