import type { MessageCatalog } from '../types.js';
import { count, plural, quoteList, text } from '../params.js';

/** "page 2" or "pages 1, 2", from a comma-separated `pages` param. */
const pageList = (p: Parameters<typeof text>[0]) =>
  `${text(p, 'pages').includes(',') ? 'pages' : 'page'} ${text(p, 'pages')}`;
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const pagesText = (p: Parameters<typeof text>[0]) =>
  count(p, 'pageCount') === 1 ? `page ${text(p, 'pages')}` : `pages ${text(p, 'pages')}`;

export const parseabilityMessages: MessageCatalog = {
  'parseability.no-text-layer': {
    title: 'No text layer',
    why: 'An ATS reads the text inside a file, not the picture of it. A scan or a resume exported as an image contains no text, so the ATS receives an empty resume.',
    message: (p) =>
      `Your resume has no readable text (${count(p, 'pageCount') === 1 ? `page ${text(p, 'pages')} is a picture` : `pages ${text(p, 'pages')} are pictures`} of text): an ATS sees an empty document.`,
    fix: () =>
      'Export the resume from the original document instead of scanning or printing to image: in Word or Google Docs use File › Download/Save as › PDF; in Canva choose "PDF Standard" and keep text as text. If you only have a paper copy, retype it.',
  },
  'parseability.text-only-in-images': {
    title: 'Text only in images',
    why: 'When nearly all content is inside images, an ATS can read only the few words that are real text.',
    message: (p) =>
      `Only ${plural(count(p, 'words'), 'word')} of real text were found; the rest of ${pagesText(p)} is inside images, which an ATS cannot read.`,
    fix: () =>
      'Replace the images that contain text with real text: type the content into the document (Word, Google Docs, LaTeX) or, in Canva, use text boxes instead of uploaded pictures, then export to PDF again.',
  },
  'parseability.text-in-images': {
    title: 'Text inside images',
    why: 'A page mostly covered by pictures with little real text usually carries its content inside the images, which an ATS cannot read.',
    message: (p) =>
      `${capitalize(pageList(p))} ${text(p, 'pages').includes(',') ? 'are' : 'is'} up to ${count(p, 'coverage')}% pictures with very little real text; what the pictures say is invisible to an ATS.`,
    fix: () =>
      'Type the content of those images as real text (Word, Google Docs, LaTeX) or, in Canva, rebuild it with text elements instead of uploaded pictures; keep images for decoration only.',
  },
  'parseability.scanned-pages': {
    title: 'Scanned pages',
    why: 'Pages that are pictures have no text; the ATS reads the other pages and silently skips these.',
    message: (p) =>
      `${count(p, 'pageCount') === 1 ? 'Page' : 'Pages'} ${text(p, 'pages')} of ${count(p, 'pagesAnalyzed')} ${count(p, 'pageCount') === 1 ? 'is a picture' : 'are pictures'} with no readable text.`,
    fix: () =>
      'Recreate those pages as real text (retype them or export them from the original file) instead of inserting scans or screenshots, then save the whole resume as one PDF from Word, Google Docs or LaTeX.',
  },
  'parseability.garbled-text': {
    title: 'Garbled text',
    why: 'The fonts in this PDF do not map their glyphs to real letters, so copying or parsing the text yields noise. An ATS sees the same noise and cannot match anything.',
    message: (p) =>
      `About ${count(p, 'percent')}% of the text extracts as gibberish (${pagesText(p)})${text(p, 'sample') ? `, for example “${text(p, 'sample')}”` : ''}.`,
    fix: () =>
      'Export the PDF again with standard fonts: in Word use File › Save As › PDF (not "Print to PDF") with fonts such as Calibri, Arial or Georgia; in LaTeX add \\usepackage[T1]{fontenc} and \\usepackage{cmap} or compile with XeLaTeX/LuaLaTeX. Check by copying text from the PDF into a plain text editor.',
  },
  'parseability.partially-garbled-text': {
    title: 'Partly garbled text',
    why: 'Some pages extract as noise; an ATS loses whatever is on them.',
    message: (p) =>
      `Text on ${pagesText(p)} (about ${count(p, 'percent')}% of the resume) extracts as gibberish${text(p, 'sample') ? `, for example “${text(p, 'sample')}”` : ''}.`,
    fix: () =>
      'Find the font used on those pages and replace it with a standard one (Calibri, Arial, Georgia, or in LaTeX a T1-encoded font), then export the PDF again. Copy the text from the new PDF into a plain text editor to confirm it reads correctly.',
  },
  'parseability.private-use-glyphs': {
    title: 'Letters replaced by private symbols',
    why: 'Some letters are stored as private-use code points that only the embedded font understands. An ATS reads holes or junk in those words, so keywords stop matching.',
    message: (p) =>
      `${plural(count(p, 'count'), 'character')} inside words on ${pageList(p)} are private-use symbols instead of letters.`,
    fix: () =>
      'Switch the affected text to a standard font (Calibri, Arial, Georgia; in LaTeX a T1-encoded font with \\usepackage{cmap}) and export the PDF again. Decorative or icon fonts should never be used for words.',
  },
  'parseability.ligatures': {
    title: 'Ligature characters',
    why: 'Letter pairs like "fi" and "fl" are stored as single ligature characters. Some ATS do not translate them back, so "ﬁnance" or "nance" fails to match "finance".',
    message: (p) =>
      `${plural(count(p, 'count'), 'ligature character')} (ﬁ, ﬂ, ﬀ) were found on ${pageList(p)}.`,
    fix: () =>
      'In Word, turn off ligatures (Font › Advanced › Ligatures: None). In LaTeX add \\usepackage{microtype} with \\DisableLigatures{encoding = *, family = *} or use \\usepackage{cmap} so they map to plain letters. Canva and Google Docs exports usually need no change.',
  },
  'parseability.letter-spaced-text': {
    title: 'Letter-spaced text',
    why: 'Widely spaced capitals ("E X P E R I E N C E") reach an ATS as single letters, so the heading or name is not recognised.',
    message: (p) =>
      `${plural(count(p, 'count'), 'line')} ${count(p, 'count') === 1 ? 'is' : 'are'} letter-spaced${text(p, 'examples') ? `, such as ${quoteList(p, 'examples')}` : ''}.`,
    fix: () =>
      'Never type spaces between letters, and keep letter spacing light: an ATS reads widely spaced letters as separate words. In Word set Font › Advanced › Spacing to Normal (or Expanded by 1 pt at most); in Google Docs, Canva or InDesign lower the letter-spacing (tracking) of headings and the name; in LaTeX drop \\textls or \\spaceskip tweaks.',
  },
  'parseability.type3-fonts': {
    title: 'Type 3 fonts',
    why: 'Type 3 fonts draw letters as small pictures. They often extract fine, but some ATS and PDF converters cannot read them.',
    message: (p) =>
      p.textProblems
        ? `${capitalize(pageList(p))} ${text(p, 'pages').includes(',') ? 'use' : 'uses'} Type 3 fonts (${text(p, 'fonts')}) and the text does not extract cleanly.`
        : `${capitalize(pageList(p))} ${text(p, 'pages').includes(',') ? 'use' : 'uses'} Type 3 fonts (${text(p, 'fonts')}); the text extracted fine here, but some ATS cannot read such fonts.`,
    fix: () =>
      'Export with outline (TrueType/OpenType) fonts: in LaTeX use vector fonts (\\usepackage[T1]{fontenc} with lmodern, or XeLaTeX/LuaLaTeX) instead of bitmap fonts; in design tools turn off "convert text to bitmap".',
  },
  'parseability.unembedded-fonts': {
    title: 'Fonts not embedded',
    why: 'Fonts that are not embedded are replaced by whatever the reader has, so the resume can look different and wrap differently on a recruiter’s screen.',
    message: (p) => `The PDF does not embed ${quoteList(p, 'fonts')}.`,
    fix: () =>
      'Embed fonts when exporting: in Word, File › Options › Save › "Embed fonts in the file" and save as PDF; in LibreOffice, PDF export options › "Embed standard fonts"; Google Docs and LaTeX embed fonts by default.',
  },
  'parseability.encrypted': {
    title: 'Encrypted PDF',
    why: 'The PDF is protected with a permissions password. It opens normally, but some ATS reject encrypted uploads or are not allowed to extract the text.',
    message: () => 'The PDF is encrypted with a permissions (owner) password.',
    fix: () =>
      'Save an unprotected copy: in Word or Google Docs export the PDF again without "Restrict editing" or password options; in Acrobat choose File › Properties › Security › No Security.',
  },
  'parseability.form-fields': {
    title: 'Form fields',
    why: 'Text typed into fillable form fields is stored outside the page content, where many ATS never look.',
    message: (p) =>
      `The PDF has ${plural(count(p, 'count'), 'fillable form field')} on ${pageList(p)}; what is typed into them may be invisible to an ATS.`,
    fix: () =>
      'Flatten the form before sending: print to PDF from your reader or, in Acrobat, use Tools › Print Production › Flatten. Better still, write the resume in Word, Google Docs or LaTeX instead of a PDF form.',
  },
  'parseability.xfa-form': {
    title: 'XFA form',
    why: 'XFA forms are drawn by Adobe software at open time; most readers and ATS see no content at all.',
    message: () => 'The PDF is an XFA form, which most ATS cannot read.',
    fix: () =>
      'Open it in Adobe Acrobat and print it to a new PDF, or recreate the resume in Word or Google Docs and export it as a normal PDF.',
  },
  'parseability.large-file': {
    title: 'Large file',
    why: 'Many ATS and job boards reject uploads over 2–5 MB, and the size almost always comes from images an ATS cannot read.',
    message: (p) =>
      `The file is ${text(p, 'megabytes')} MB, above the ${text(p, 'limitMegabytes')} MB that every ATS accepts.`,
    fix: () =>
      'Remove or compress images: in Word, File › Compress Pictures (150 ppi); in Canva, download as "PDF Standard" instead of "PDF Print"; in LaTeX, shrink photos and logos before including them.',
  },
  'parseability.unusual-page-size': {
    title: 'Unusual page size',
    why: 'Pages that are neither A4 nor US Letter print cropped or shrunk, and unusual sizes often come from design tools that cause other parsing problems.',
    message: (p) =>
      `${capitalize(pageList(p))} ${text(p, 'pages').includes(',') ? 'are' : 'is'} ${text(p, 'width')} × ${text(p, 'height')} in (${text(p, 'widthMm')} × ${text(p, 'heightMm')} mm), neither A4 nor US Letter.`,
    fix: () =>
      'Set the page size to A4 (Europe, most of the world) or Letter (US, Canada): Word › Layout › Size; Google Docs › File › Page setup; LaTeX \\documentclass[a4paper] or [letterpaper]; Canva › Resize to A4 or US Letter.',
  },
  'parseability.pages-truncated': {
    title: 'Too many pages',
    why: 'Only the first pages were analysed. Resumes this long are usually merged with certificates or portfolios, and ATS stop reading early too.',
    message: (p) =>
      `The file has ${count(p, 'total')} pages; only the first ${count(p, 'analyzed')} were analysed.`,
    fix: () =>
      'Send the resume on its own (one or two pages) and attach certificates or work samples as separate files, or link to them.',
  },
  'parseability.docx-macros': {
    title: 'Macros in the Word file',
    why: 'Files with macros are blocked or quarantined by the security scanners in front of many ATS and mail servers.',
    message: () => 'The Word file contains macros (VBA code).',
    fix: () =>
      'Save a copy without macros: in Word, File › Save As › "Word Document (*.docx)" (not .docm), or export a PDF.',
  },
  'parseability.docx-external-relationships': {
    title: 'External links in the Word file',
    why: 'References to remote templates or frames are how malicious documents load content; security scanners flag or block such files.',
    message: (p) =>
      `The Word file refers to ${plural(count(p, 'count'), 'external resource')} (${text(p, 'types')}).`,
    fix: () =>
      'Copy the content into a new blank document (Word › File › New › Blank) and save it as .docx, or export a PDF; this drops attached templates and linked frames.',
  },
  'parseability.docx-embedded-objects': {
    title: 'Embedded objects',
    why: 'Embedded spreadsheets, charts or files carry text no ATS reads, and they make the file larger and suspicious to scanners.',
    message: (p) => `The Word file embeds ${plural(count(p, 'count'), 'object')}.`,
    fix: () =>
      'Replace embedded objects with plain text or a simple table: right-click the object and delete it, then type the content. For charts, state the numbers in words.',
  },
  'parseability.replacement-characters': {
    title: 'Unreadable characters',
    why: 'Characters that could not be decoded become "�". An ATS loses them too, usually accented letters in names and places.',
    message: (p) =>
      `${plural(count(p, 'count'), 'character')} could not be decoded and show as “�”.`,
    fix: () =>
      'Save the file as UTF-8: in Notepad choose Save As › Encoding: UTF-8; in VS Code click the encoding in the status bar › Save with Encoding › UTF-8.',
  },
};
