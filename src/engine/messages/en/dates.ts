import type { MessageCatalog } from '../types.js';
import { count, plural, quoteList, text } from '../params.js';

const entry = (p: Parameters<typeof text>[0]): string => `“${text(p, 'entry')}”`;

export const datesMessages: MessageCatalog = {
  'dates.no-dates': {
    title: 'No dates in your experience',
    why: 'ATS compute years of experience from the dates of each position and filter candidates on it; without dates you can fall out of searches such as "5+ years".',
    message: () => 'We found no dates in your experience section.',
    fix: () =>
      'Add a start and end date to every position, for example “Jan 2020 – Mar 2023” or “Jan 2020 – Present”.',
  },
  'dates.unparseable': {
    title: 'Dates an ATS cannot read',
    why: 'Dates in an unusual form (two-digit years, months without a year, placeholders) are skipped by ATS parsers, so the position gets no length.',
    message: (p) => `“${text(p, 'text')}” looks like a date, but it cannot be read as one.`,
    fix: () =>
      'Write each date as a month and a four-digit year, for example “Mar 2019 – May 2021” or “03/2019 – 05/2021”.',
  },
  'dates.reversed-range': {
    title: 'End date before start date',
    why: 'A range that ends before it starts is almost always a typo, and it makes an ATS count the position as zero or negative experience.',
    message: (p) => `The dates of ${entry(p)} (${text(p, 'dates')}) end before they start.`,
    fix: () => 'Put the start date first and check both years.',
  },
  'dates.future-start': {
    title: 'Start date in the future',
    why: 'A position that has not started yet reads as a typo or as padding, and ATS may reject the date.',
    message: (p) => `${entry(p)} starts in the future (${text(p, 'dates')}).`,
    fix: () =>
      'Check the year. If the job has not started, leave it out or mention it in your cover letter.',
  },
  'dates.future-end': {
    title: 'End date far in the future',
    why: 'An end date well beyond today looks like a typo; for a degree, it is further ahead than any programme runs.',
    message: (p) => `${entry(p)} ends far in the future (${text(p, 'dates')}).`,
    fix: (p) =>
      text(p, 'kind') === 'education'
        ? 'Check the year, and write the expected graduation date as “Expected May 2027”.'
        : 'Check the year. For a current job, write “Present” instead of an end date.',
  },
  'dates.overlapping-positions': {
    title: 'Positions that overlap',
    why: 'Overlapping jobs are common (part-time work, side projects), but readers wonder whether the dates are right.',
    message: (p) =>
      `“${text(p, 'first')}” and “${text(p, 'second')}” overlap by ${plural(count(p, 'months'), 'month')}.`,
    fix: () =>
      'If both are right, say so: add “part-time”, “freelance” or “concurrent” to the title. Otherwise correct the dates.',
  },
  'dates.many-overlaps': {
    title: 'Many overlapping positions',
    why: 'ATS add up position lengths for years of experience; heavy overlap inflates that figure and makes readers doubt the dates.',
    message: (p) =>
      `${plural(count(p, 'pairs'), 'pair')} of positions overlap, involving ${quoteList(p, 'entries')}.`,
    fix: () =>
      'Check the dates. Group concurrent freelance or part-time work under one entry, or mark it “part-time”.',
  },
  'dates.mixed-formats': {
    title: 'Dates in mixed formats',
    why: 'Some ATS read one date format and not another, and mixed formats look careless to a reader.',
    message: (p) =>
      `Your dates mix formats (${text(p, 'formats')}), for example ${quoteList(p, 'examples')}.`,
    fix: () =>
      'Use one format throughout, for example “Jan 2020 – Mar 2023” for every position and degree.',
  },
  'dates.employment-gap': {
    title: 'Gap between positions',
    why: 'Recruiters ask about gaps of more than six months; a short explanation answers before they ask.',
    message: (p) =>
      `There is a gap of ${plural(count(p, 'months'), 'month')} (${text(p, 'from')} to ${text(p, 'to')}) between “${text(p, 'after')}” and “${text(p, 'before')}”.`,
    fix: () =>
      'If the gap is real, add a one-line entry for it (for example “Career break: caring for family” or “Sabbatical: travel and study”). Otherwise correct the dates.',
  },
  'dates.no-end-date': {
    title: 'Position without an end date',
    why: 'Without an end date or “Present”, an ATS cannot tell whether the job is current and may count its length as zero.',
    message: (p) => `${entry(p)} has a start date but no end date (${text(p, 'dates')}).`,
    fix: () => 'Add the end month and year, or “Present” if you still work there.',
  },
  'dates.entry-without-dates': {
    title: 'Position without dates',
    why: 'A position without dates adds nothing to the years of experience an ATS computes.',
    message: (p) => `We found no dates for ${entry(p)}.`,
    fix: () =>
      'Add a start and end date on the line with the job title, for example “Jan 2020 – Mar 2023”.',
  },
  'dates.not-reverse-chronological': {
    title: 'Positions not in reverse-chronological order',
    why: 'ATS and recruiters take the first position as your latest one; an older job on top is mistaken for your current role.',
    message: (p) =>
      `“${text(p, 'below')}” (${text(p, 'belowDates')}) is more recent than “${text(p, 'above')}” (${text(p, 'aboveDates')}) but listed below it.`,
    fix: () => 'List positions from the most recent to the oldest.',
  },
};
