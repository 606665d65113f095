/**
 * Phrases that make a summary generic: they would fit any candidate. Used together with the
 * buzzword list; written for this project from recurring career-guide advice.
 */
export const GENERIC_SUMMARY_RE =
  /\b(?:motivated|passionate|dedicated|hard[- ]?working|enthusiastic|dynamic|driven|reliable|responsible|professional|individual|seeking|looking for|opportunit(?:y|ies)|challenging (?:role|position)|grow(?:th)?|contribute|team[- ]?player|excellent|strong|skills|various|eager)\b/gi;
