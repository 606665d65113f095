export type * from './document.js';
export type * from './finding.js';
export type * from './layout.js';
export type * from './resume.js';
export type * from './report.js';
export { SECTION_KINDS } from './resume.js';
export { CHECK_CATEGORIES } from './finding.js';
export { SCHEMA_VERSION } from './report.js';
