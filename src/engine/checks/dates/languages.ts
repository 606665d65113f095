/**
 * Languages whose dates the parser's grammar reads (month names, "present" words, 年月 forms):
 * a dates check elsewhere would report the grammar's gaps as the resume's faults.
 */
export const DATE_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'ru', 'ja', 'zh', 'it', 'nl'] as const;
