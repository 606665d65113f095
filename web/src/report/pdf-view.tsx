/**
 * The PDF page as the reader sees it (pdf.js canvas, lazy chunk) with an SVG overlay in PDF
 * points: the selected evidence box, and optionally the reading order. Points map to pixels by
 * one viewBox, so no coordinate maths is needed beyond pdf.js's own viewport.
 */
import {
  getDocument,
  type PDFDocumentProxy,
  type RenderTask,
} from 'pdfjs-dist/legacy/build/pdf.mjs';
import { useEffect, useRef, useState } from 'react';
import type { Box } from '../../../src/engine/model/index.js';
import { PDFJS_CMAP_URL, PDFJS_STANDARD_FONT_URL } from '../engine/pdf-setup.js';
import type { PageOrder } from './reading-order.js';

export interface PdfViewProps {
  bytes: Uint8Array;
  page: number;
  highlight?: Box;
  order?: PageOrder;
  onPageCount?: (count: number) => void;
}

const MAX_CSS_WIDTH = 820;

export default function PdfView({ bytes, page, highlight, order, onPageCount }: PdfViewProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const highlightRef = useRef<SVGRectElement>(null);
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    // Scripting, XFA and eval stay off: the file is untrusted even on its owner's device.
    const task = getDocument({
      data: bytes.slice(),
      cMapUrl: PDFJS_CMAP_URL,
      cMapPacked: true,
      standardFontDataUrl: PDFJS_STANDARD_FONT_URL,
      isEvalSupported: false,
      enableXfa: false,
      useWasm: false,
    });
    task.promise.then(
      (loaded) => {
        setDoc(loaded);
        onPageCount?.(loaded.numPages);
      },
      () => setFailed(true),
    );
    return () => void task.destroy();
  }, [bytes, onPageCount]);

  useEffect(() => {
    if (!doc || !canvasRef.current) return;
    const canvas = canvasRef.current;
    let renderTask: RenderTask | undefined;
    let isCurrent = true;
    void doc.getPage(Math.min(Math.max(page, 1), doc.numPages)).then((pdfPage) => {
      if (!isCurrent) return;
      const base = pdfPage.getViewport({ scale: 1 });
      const cssWidth = Math.min(MAX_CSS_WIDTH, canvas.parentElement?.clientWidth ?? MAX_CSS_WIDTH);
      const scale = (cssWidth / base.width) * (window.devicePixelRatio || 1);
      const viewport = pdfPage.getViewport({ scale });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      setSize({ width: base.width, height: base.height });
      renderTask = pdfPage.render({ canvas, viewport });
      renderTask.promise.catch(() => undefined);
    });
    return () => {
      isCurrent = false;
      renderTask?.cancel();
    };
  }, [doc, page]);

  useEffect(() => {
    highlightRef.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [highlight, size]);

  if (failed) return <p role="alert">This PDF could not be displayed.</p>;
  return (
    <div className="pdf-page" data-testid="pdf-page" data-page={page}>
      <canvas ref={canvasRef} aria-label={`Page ${page} of the resume`} role="img" />
      {size ? (
        <svg
          className="page-overlay"
          viewBox={`0 0 ${size.width} ${size.height}`}
          preserveAspectRatio="none"
          aria-hidden="true"
        >
          {order ? <ReadingOrder order={order} /> : null}
          {highlight ? (
            <rect
              ref={highlightRef}
              className="evidence-box"
              data-testid="evidence-highlight"
              x={highlight.x - 2}
              y={highlight.y - 2}
              width={highlight.width + 4}
              height={highlight.height + 4}
            />
          ) : null}
        </svg>
      ) : null}
    </div>
  );
}

function ReadingOrder({ order }: { order: PageOrder }) {
  return (
    <g className="reading-order" data-testid="reading-order">
      <polyline points={order.points.map(([x, y]) => `${x - 6},${y}`).join(' ')} />
      {order.markers.map((marker) => (
        <g key={marker.n} transform={`translate(${marker.x - 14} ${marker.y})`}>
          <circle r="8" />
          <text textAnchor="middle" dy="3.5">
            {marker.n}
          </text>
        </g>
      ))}
    </g>
  );
}
