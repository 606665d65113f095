/**
 * The port through which the PDF backend gets the binary assets pdf.js ships (packed Adobe CMaps and
 * the standard 14 font programs). The engine cannot read files, so the host (CLI, server, tests,
 * browser) injects a loader; without one, CJK text in fonts that use predefined CMaps comes out
 * empty and unembedded standard fonts lose their metrics.
 */
export interface PdfAssetLoader {
  /** Bytes of the packed (binary) CMap `name`, e.g. "UniGB-UCS2-H" (file `UniGB-UCS2-H.bcmap`). */
  loadCMap(name: string): Promise<Uint8Array>;
  /** Bytes of a standard font program by file name, e.g. "FoxitSerif.pfb". */
  loadStandardFont(fileName: string): Promise<Uint8Array>;
}
