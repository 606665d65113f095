/**
 * pdf.js's legacy build bundles core-js, which on V8 before 12.2 (Node 20) replaces
 * `Array.prototype.push` with a polyfill for a >2^32-length edge case. The polyfill is many times
 * slower than the native method and slows every array in the process (measured: about a tenth of
 * PDF extraction time). This module is imported before pdf.js so it captures the native method,
 * and `restoreNativeBuiltins` puts it back once pdf.js (and its in-process worker) has loaded.
 */
export const NATIVE_ARRAY_PUSH = Array.prototype.push;

export function restoreNativeBuiltins(): void {
  if (Array.prototype.push !== NATIVE_ARRAY_PUSH) {
    Object.defineProperty(Array.prototype, 'push', {
      value: NATIVE_ARRAY_PUSH,
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
}
