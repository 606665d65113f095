/**
 * Where personal details are customary. German, Austrian and Swiss CVs traditionally carry a
 * photo and a date of birth; Japanese rirekisho forms ask for both, as do many Chinese, Russian,
 * Spanish and Portuguese CVs. US, UK and Canadian employers avoid them (anti-discrimination law;
 * many recruiters discard resumes with photos). So these findings are warnings for English
 * resumes and tips elsewhere, with the local norm named in the message.
 */
export const LOCAL_NORM_LANGUAGES = ['de', 'fr', 'es', 'pt', 'it', 'nl', 'zh', 'ja', 'ko', 'ru'];
