/**
 * Languages whose section headings the parser's dictionary knows: elsewhere a "missing" section
 * is more likely a heading we cannot read than one the resume lacks.
 */
export const HEADING_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'ru', 'ja', 'zh'] as const;
