/**
 * The port through which a host lends the engine a native DEFLATE decoder. The engine is pure and
 * runs in browsers, so it inflates with fflate by default; Node's zlib measured several times
 * faster on PDF content streams and font programs, so the Node hosts (CLI, parse threads) inject
 * it (src/node/inflate.ts).
 */
export interface Inflater {
  /**
   * Raw DEFLATE data (RFC 1951, no zlib header) -> its bytes. Throws when the data is damaged or
   * would decode to more than `maxBytes`.
   */
  inflateRaw(data: Uint8Array, maxBytes: number): Uint8Array;
}
