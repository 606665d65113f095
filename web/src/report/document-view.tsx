/**
 * The document next to its findings: PDF pages rendered (lazy pdf.js chunk) or, for Word and text
 * files, the reading-order text. Selected evidence is highlighted; for PDFs the reading order can
 * be drawn over the page, most useful when the layout has several columns.
 */
import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { Box, Evidence, Report } from '../../../src/engine/model/index.js';
import type { Session } from '../session.js';
import { readingOrderOnPage } from './reading-order.js';
import { TextView } from './text-view.js';
import { useLocalLayout } from './use-local-layout.js';

const PdfView = lazy(() => import('./pdf-view.js'));

export function DocumentView(props: { session: Session; report: Report; evidence?: Evidence }) {
  const { session, report, evidence } = props;
  const isPdf = report.document.format === 'pdf';
  const toggleId = useId();
  const [page, setPage] = useState(1);
  const [pageCount, setPageCount] = useState(report.document.pages);
  const [showOrder, setShowOrder] = useState(report.document.columns > 1);
  // The API leaves the resume text out unless the server retains it; the lines then come from
  // this device, in the same reading order (and indexes) the findings refer to.
  const needsText = !isPdf && typeof report.text !== 'string';
  const layout = useLocalLayout(
    session,
    needsText || (isPdf && (showOrder || evidence?.line !== undefined)),
  );
  const text = needsText ? layout.data?.lines.map((line) => line.text).join('\n') : report.text;

  useEffect(() => {
    if (evidence?.page) setPage(evidence.page);
  }, [evidence]);

  const highlight = useMemo<Box | undefined>(() => {
    if (!evidence || (evidence.page && evidence.page !== page)) return undefined;
    if (evidence.box) return evidence.box;
    // Evidence that names only a line: its box comes from the local layout, when ready.
    return evidence.line === undefined ? undefined : layout.data?.lines[evidence.line]?.box;
  }, [evidence, page, layout.data]);
  const order = useMemo(
    () => (showOrder && layout.data ? readingOrderOnPage(layout.data.lines, page) : undefined),
    [showOrder, layout.data, page],
  );
  const onPageCount = useCallback((count: number) => setPageCount(count), []);

  return (
    <section
      className="panel document"
      aria-labelledby="document-title"
      data-testid="document-view"
    >
      <h2 id="document-title">Your document</h2>
      {isPdf ? (
        <>
          <div className="document-toolbar">
            <button
              type="button"
              className="button"
              disabled={page <= 1}
              onClick={() => setPage(page - 1)}
              data-testid="page-previous"
            >
              Previous page
            </button>
            <span aria-live="polite" data-testid="page-indicator">
              Page {page} of {pageCount}
            </span>
            <button
              type="button"
              className="button"
              disabled={page >= pageCount}
              onClick={() => setPage(page + 1)}
              data-testid="page-next"
            >
              Next page
            </button>
            <span className="toggle">
              <input
                id={toggleId}
                type="checkbox"
                checked={showOrder}
                onChange={(event) => setShowOrder(event.target.checked)}
                data-testid="reading-order-toggle"
              />
              <label htmlFor={toggleId}>Show reading order</label>
            </span>
          </div>
          {showOrder ? (
            <p className="hint">
              {layout.isPending
                ? 'Working out the reading order on this device…'
                : layout.isError
                  ? 'The reading order could not be worked out in this browser.'
                  : 'Numbers show the order in which an ATS reads the blocks of text; the line shows the path.'}
            </p>
          ) : null}
          <Suspense fallback={<p>Loading the page viewer…</p>}>
            <PdfView
              bytes={session.bytes}
              page={page}
              onPageCount={onPageCount}
              {...(highlight ? { highlight } : {})}
              {...(order ? { order } : {})}
            />
          </Suspense>
          {evidence && !highlight && !layout.isFetching ? (
            <p className="hint" data-testid="evidence-no-box">
              This finding does not point at one spot on the page
              {evidence.snippet ? `: “${evidence.snippet}”` : '.'}
            </p>
          ) : null}
        </>
      ) : (
        <>
          <p className="hint">
            Word and text files have no fixed pages: this is the text an ATS reads, in order.
          </p>
          {text === undefined ? (
            <p className="hint">
              {layout.isError ? 'The text could not be read in this browser.' : 'Reading the text…'}
            </p>
          ) : (
            <TextView text={text} {...(evidence ? { evidence } : {})} />
          )}
        </>
      )}
    </section>
  );
}
