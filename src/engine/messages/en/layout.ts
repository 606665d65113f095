import type { MessageCatalog } from '../types.js';
import { count, plural, quoteList, text } from '../params.js';

/** "page 2" or "pages 1, 2", from a comma-separated `pages` param. */
const pageList = (p: Parameters<typeof text>[0]) =>
  `${text(p, 'pages').includes(',') ? 'pages' : 'page'} ${text(p, 'pages')}`;

export const layoutMessages: MessageCatalog = {
  'layout.multiple-columns': {
    title: 'Multiple columns',
    why: 'Many ATS read straight across the page, so lines from side-by-side columns interleave and entries fall apart.',
    message: (p) =>
      `${count(p, 'pageCount') === 1 ? 'Page' : 'Pages'} ${text(p, 'pages')} ${count(p, 'pageCount') === 1 ? 'has' : 'have'} ${count(p, 'columns')} columns${p.sidebar ? ' (a sidebar beside the main text)' : ''}.`,
    fix: () =>
      'Use a single-column layout: put the sidebar content (skills, languages, contact) in its own sections above or below the experience. In Word remove Layout › Columns or the layout table; in LaTeX pick a one-column template; in Canva choose a single-column design.',
  },
  'layout.reading-order-repaired': {
    title: 'Reading order repaired',
    why: 'We had to reorder lines to read this resume sensibly. An ATS without that repair reads them in a different order.',
    message: (p) =>
      `${plural(count(p, 'linesMoved'), 'line')} on ${pageList(p)} had to be moved to get the right reading order.`,
    fix: () =>
      'Lay the content out top to bottom in one column, so the order on the page is the order of the text. Paste the PDF text into a plain text editor to see what an ATS reads.',
  },
  'layout.tables-with-entries': {
    title: 'Entries in tables',
    why: 'Many ATS flatten tables cell by cell, so job titles, employers and dates in separate cells end up detached from each other.',
    message: (p) =>
      `${plural(count(p, 'count'), 'line')} of ${quoteList(p, 'sections')} ${count(p, 'count') === 1 ? 'sits' : 'sit'} inside ${plural(count(p, 'tables'), 'table')}.`,
    fix: () =>
      'Write entries as plain paragraphs: title, employer and dates on one line, with a right-aligned tab stop for the dates. In Word select the table › Layout › Convert to Text; in Google Docs copy the cells into normal lines.',
  },
  'layout.text-boxes': {
    title: 'Text in text boxes',
    why: 'Many ATS skip text boxes and shapes, or read them at the end of the document.',
    message: (p) => `${plural(count(p, 'words'), 'word')} of your resume are inside text boxes.`,
    fix: () =>
      'Move the text out of the text boxes into normal paragraphs: in Word, select the box text, cut it, delete the box (Format Shape › Delete) and paste it into the body. Use paragraph spacing and tab stops for alignment instead.',
  },
  'layout.contact-in-header-footer': {
    title: 'Contact details only in header or footer',
    why: 'Many ATS ignore page headers and footers, so the recruiter may receive your resume without an email or phone number.',
    message: (p) =>
      `Your contact details appear only in the page ${text(p, 'zones').replace(', ', ' and ')}.`,
    fix: () =>
      'Put your name, email, phone and city in the first lines of the page body. In Word, double-click the header, cut the text, close the header and paste it at the top of the page; in LaTeX moderncv use a style that prints contact details at the top (e.g. "classic").',
  },
  'layout.small-body-text': {
    title: 'Small body text',
    why: 'Text under 9 pt is hard to read on screen and in print, and often means content was squeezed to fit.',
    message: (p) =>
      `Most of your text is set in ${text(p, 'size')} pt, below the ${text(p, 'minimum')} pt minimum for comfortable reading.`,
    fix: () =>
      'Set body text to 10–12 pt (Word/Google Docs: select all › font size 10.5 or 11; LaTeX: \\documentclass[10pt] or 11pt and no \\small on the body). If it then runs long, cut older or weaker bullets instead of shrinking type.',
  },
  'layout.small-key-text': {
    title: 'Small text in key details',
    why: 'Contact details and job entries in type under 8 pt are easy to misread, and some OCR-based systems drop them.',
    message: (p) =>
      `${plural(count(p, 'count'), 'line')} with contact details or job entries ${count(p, 'count') === 1 ? 'is' : 'are'} set as small as ${text(p, 'size')} pt.`,
    fix: () =>
      'Set dates, locations and contact details to at least 9 pt: in Word or Google Docs select them and raise the size; in LaTeX replace \\scriptsize or \\tiny with \\small.',
  },
  'layout.many-fonts': {
    title: 'Many fonts',
    why: 'More than two or three typefaces make a resume look busy and inconsistent; one or two read best.',
    message: (p) =>
      `The resume uses ${count(p, 'count')} font families: ${quoteList(p, 'fonts', 5)}.`,
    fix: () =>
      'Use one font for body text and at most one more for headings. In Word define them in Design › Fonts (or the Normal and Heading styles); in Google Docs select all and pick one font; in LaTeX remove extra \\fontfamily switches.',
  },
  'layout.narrow-margins': {
    title: 'Narrow margins',
    why: 'Text closer than about 0.4 in (1 cm) to the edge can be clipped when printed or converted.',
    message: (p) =>
      `Text comes within ${text(p, 'points')} pt (${text(p, 'inches')} in) of the ${text(p, 'sides').replace(/, ([^,]*)$/, ' and $1')} page edge.`,
    fix: () =>
      'Set margins to at least 0.5 in / 1.27 cm: Word › Layout › Margins › Narrow or Normal; Google Docs › File › Page setup; LaTeX \\usepackage[margin=0.6in]{geometry}.',
  },
  'layout.icons-for-labels': {
    title: 'Icons instead of labels',
    why: 'Icons in front of contact details reach an ATS as blanks or odd symbols, so it loses the cue whether a number is a phone or a link is a profile.',
    message: (p) =>
      `${plural(count(p, 'count'), 'icon')} stand in for labels in front of your contact details.`,
    fix: () =>
      'Keep the details as plain text, and if you want labels write them as words ("Phone: ", "Email: "). In LaTeX templates, the icons come from FontAwesome commands such as \\faPhone; in Canva, delete the icon elements.',
  },
  'layout.nonstandard-bullets': {
    title: 'Decorative bullets',
    why: 'Decorative bullet glyphs (arrows, check marks, stars, icon-font symbols) often reach an ATS as "?", boxes or stray letters mixed into your bullet text.',
    message: (p) =>
      `${plural(count(p, 'count'), 'bullet')} use decorative glyphs: ${quoteList(p, 'glyphs')}.`,
    fix: () =>
      'Use plain round bullets (•) or hyphens: in Word, Home › Bullets › the round bullet; in Google Docs, Format › Bullets & numbering › the plain list; in LaTeX the default itemize.',
  },
  'layout.hidden-text': {
    title: 'Hidden text',
    why: 'Text a reader cannot see but an ATS reads (white on white, tiny, outside the page) is a known keyword-stuffing trick; recruiters who find it reject the application.',
    message: (p) =>
      `${plural(count(p, 'count'), 'piece')} of hidden text (${text(p, 'reasons')}) on ${pageList(p)}: “${text(p, 'sample')}”.`,
    fix: () =>
      'Delete the hidden text. In Word, select all and set the font colour to Automatic to reveal it; in Google Docs and Canva check for white or tiny text boxes; in LaTeX remove \\color{white} or \\tiny passages.',
  },
  'layout.keyword-stuffing': {
    title: 'Keyword stuffing',
    why: 'Repeating the same skills over and over does not raise modern ATS rankings, and recruiters read it as gaming the system.',
    message: (p) =>
      `${quoteList(p, 'terms')} ${text(p, 'terms').includes(',') ? 'are' : 'is'} repeated up to ${count(p, 'count')} times.`,
    fix: () =>
      'Mention each skill once in the skills section and once or twice where you used it, with a result ("Cut query time 40% with PostgreSQL indexing"). Delete repeated lists of the same words.',
  },
  'layout.hidden-keywords': {
    title: 'Keywords in hidden text',
    why: 'Skill terms hidden from the reader are keyword stuffing; ATS vendors and recruiters treat it as deception.',
    message: (p) =>
      `Hidden text repeats ${plural(count(p, 'count'), 'skill term')}: ${quoteList(p, 'terms')}.`,
    fix: () =>
      'Remove the hidden text and mention those skills visibly where you used them, with a concrete result.',
  },
};
