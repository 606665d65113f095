/** Node adapters for the engine's ports: the library's `resume-health/node` entry point. */
export { createNodePdfAssetLoader } from './pdf-assets.js';
