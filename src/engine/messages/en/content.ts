/** Content and impact findings: what the bullets and summary say, English resumes only. */
import { count, plural, quoteList, text } from '../params.js';
import type { MessageCatalog } from '../types.js';

export const contentMessages: MessageCatalog = {
  'content.few-quantified-bullets': {
    title: 'Few bullets show a measurable result',
    why: 'Numbers (percentages, money, time saved, people, volume) let a recruiter see the size of your impact at a glance; bullets without them read as a list of duties.',
    message: (p) =>
      `Only ${count(p, 'quantified')} of your ${count(p, 'total')} experience bullets (${count(p, 'share')}%) include a number or measurable result, for example ${quoteList(p, 'examples', 2)}.`,
    fix: (p) =>
      `Add a number to at least ${count(p, 'target')}% of your bullets: how much, how many, how fast, or how often. For example, "Improved the onboarding process" becomes "Cut onboarding time from 10 to 4 days for 30 new hires a quarter".`,
  },
  'content.weak-openers': {
    title: 'Bullets open with duty phrases',
    why: 'Phrases like "responsible for" or "helped with" describe a job description, not what you achieved, and push the verb that matters out of the first words a recruiter reads.',
    message: (p) =>
      `${plural(count(p, 'count'), 'bullet')} open with ${quoteList(p, 'phrases')}, for example ${quoteList(p, 'examples', 1)}.`,
    fix: () =>
      'Start each bullet with a strong verb for what you did, then the result. For example, "Responsible for the monthly report" becomes "Automated the monthly sales report, saving 6 hours a month".',
  },
  'content.no-action-verb': {
    title: 'Bullets do not start with an action verb',
    why: 'A bullet that opens with a verb ("Led", "Built", "Reduced") tells the reader immediately what you did; noun-led bullets make them hunt for it.',
    message: (p) =>
      `${count(p, 'count')} of ${plural(count(p, 'total'), 'bullet')} do not start with an action verb, for example ${quoteList(p, 'examples', 2)}.`,
    fix: () =>
      'Rewrite these bullets to open with a verb in the past tense (present for your current role). For example, "Team of 5 engineers for the billing API" becomes "Led 5 engineers to rebuild the billing API".',
  },
  'content.repeated-verb': {
    title: 'The same verb starts many bullets',
    why: 'Repeating one verb makes your experience read as one kind of work and wastes the most-read word of each bullet.',
    message: (p) => `${count(p, 'count')} bullets start with “${text(p, 'verb')}”.`,
    fix: (p) =>
      text(p, 'alternatives')
        ? `Keep it for the strongest one or two and vary the rest, for example with ${quoteList(p, 'alternatives', 4)} – whichever says most precisely what you did.`
        : 'Keep it for the strongest one or two bullets and use a more precise verb for the others.',
  },
  'content.buzzwords': {
    title: 'Buzzwords and clichés',
    why: 'Phrases like "team player" or "results-driven" claim a quality without evidence; recruiters see them on most resumes and skip them.',
    message: (p) => `Your resume uses ${quoteList(p, 'phrases', 4)}.`,
    fix: () =>
      'Replace each claim with evidence. Instead of "results-driven team player", write what the team achieved and your part in it, such as "Coordinated 4 teams to ship the app redesign two weeks early".',
  },
  'content.first-person': {
    title: 'First-person pronouns in bullets',
    why: 'Resume bullets conventionally leave out the subject; "I" and "my" add words and make bullets read like a letter.',
    message: (p) =>
      `${plural(count(p, 'count'), 'bullet')} use “I”, “me” or “my”, for example ${quoteList(p, 'examples', 1)}.`,
    fix: () =>
      'Drop the pronoun and start with the verb. For example, "I managed my team\'s budget" becomes "Managed a $200K team budget".',
  },
  'content.passive-voice': {
    title: 'Passive voice',
    why: 'Passive phrasing ("was responsible for", "were implemented") hides who did the work; recruiters want to see your actions.',
    message: (p) =>
      `${plural(count(p, 'count'), 'bullet')} use the passive voice, for example ${quoteList(p, 'examples', 1)}.`,
    fix: () =>
      'Make yourself the subject and start with the verb. For example, "New tests were implemented by the team" becomes "Implemented 200 new integration tests with two teammates".',
  },
  'content.filler-words': {
    title: 'Filler words',
    why: 'Words like "very", "various" or "successfully" take space without adding information; a listed result is already a success.',
    message: (p) =>
      `Your bullets and summary use filler words ${plural(count(p, 'count'), 'time')}: ${quoteList(p, 'words', 5)}.`,
    fix: () =>
      'Delete them or replace them with a specific detail. For example, "Successfully managed various projects" becomes "Managed 6 client projects worth $1.2M".',
  },
  'content.long-bullets': {
    title: 'Bullets that are too long',
    why: 'Recruiters skim; bullets over about 30 words or two lines are often skipped, and the result gets lost in the middle.',
    message: (p) =>
      `${plural(count(p, 'count'), 'bullet')} run past ${count(p, 'maxWords')} words or two lines (the longest has ${count(p, 'longest')} words).`,
    fix: () =>
      'Keep one achievement per bullet: verb, what you did, result. Split a long bullet in two or move background detail out. Aim for one or two lines each.',
  },
  'content.short-bullets': {
    title: 'Bullets that are too short',
    why: 'A bullet of a few words ("Customer service") names a task but not what you did or achieved.',
    message: (p) =>
      `${plural(count(p, 'count'), 'bullet')} have fewer than ${count(p, 'minWords')} words, for example ${quoteList(p, 'examples', 2)}.`,
    fix: () =>
      'Expand each into what you did and what came of it. For example, "Customer service" becomes "Resolved 40 customer calls a day with a 95% satisfaction score".',
  },
  'content.too-few-bullets': {
    title: 'A recent role has too few bullets',
    why: 'Recruiters judge you mostly on your last few roles; one line or none undersells them.',
    message: (p) =>
      `Your role “${text(p, 'role')}” has ${plural(count(p, 'count'), 'bullet')}; recent roles usually need at least ${count(p, 'min')}.`,
    fix: () =>
      'Add 3–5 bullets for each recent role, each with an achievement and, where you can, a number: what you built, improved, sold, saved or led.',
  },
  'content.too-many-bullets': {
    title: 'A role has too many bullets',
    why: 'Past about eight bullets the strongest results get buried, and a recruiter stops reading.',
    message: (p) =>
      `Your role “${text(p, 'role')}” has ${count(p, 'count')} bullets; more than ${count(p, 'max')} is hard to scan.`,
    fix: (p) =>
      `Keep the ${count(p, 'max')} or fewer bullets with the biggest results, merge related ones, and cut routine duties.`,
  },
  'content.past-role-present-tense': {
    title: 'Present tense in a past role',
    why: 'Roles you have left are described in the past tense; present-tense verbs there look like an editing slip.',
    message: (p) =>
      `${plural(count(p, 'count'), 'bullet')} in past roles start in the present tense (${quoteList(p, 'verbs', 4)}).`,
    fix: () =>
      'Put bullets of past roles in the past tense: "Manage the team" becomes "Managed the team", "Lead the migration" becomes "Led the migration".',
  },
  'content.current-role-mixed-tense': {
    title: 'Mixed tenses in your current role',
    why: 'Switching between "Manage" and "Managed" within one role reads as careless; readers expect one consistent tense.',
    message: (p) =>
      `Your current role${text(p, 'role') ? ` “${text(p, 'role')}”` : ''} mixes ${count(p, 'present')} present-tense and ${count(p, 'past')} past-tense bullets.`,
    fix: () =>
      'Use the present tense for ongoing work in your current role ("Manage a team of 6") and, if you prefer, the past tense only for finished achievements – but be consistent within each kind.',
  },
  'content.long-summary': {
    title: 'The summary is too long',
    why: 'A summary is read in seconds; a long paragraph is skipped and pushes your experience further down the page.',
    message: (p) =>
      `Your summary has ${count(p, 'words')} words; more than ${count(p, 'max')} is rarely read in full.`,
    fix: () =>
      'Cut it to 2–4 sentences: who you are professionally, your years and field, and one or two standout results. Move the rest into your experience bullets.',
  },
  'content.generic-summary': {
    title: 'The summary is generic',
    why: 'A summary made of traits ("motivated", "passionate", "seeking opportunities") could open anyone\'s resume and tells a recruiter nothing specific.',
    message: (p) =>
      `Your summary has no specifics (no numbers, tools, fields or employers) and relies on stock phrases such as ${quoteList(p, 'phrases', 3)}.`,
    fix: () =>
      'Name your role, field, years of experience and one concrete result. For example, "Motivated professional seeking a challenging role" becomes "Data analyst with 4 years in retail pricing; built the forecasting model that cut stock-outs by 20%".',
  },
  'content.spelling': {
    title: 'Possible spelling mistakes',
    why: 'Spelling mistakes are among the most common reasons recruiters reject a resume, and an ATS will not match a misspelled keyword.',
    message: (p) =>
      `${count(p, 'count') === 1 ? '1 word looks' : `${count(p, 'count')} words look`} misspelled: ${quoteList(p, 'suggestions', 5)}.`,
    fix: () =>
      'Check each word and correct it if it is a typo. If it is a correct technical term or name, you can dismiss this finding.',
  },
};
