/**
 * The content-stream operators pdf.js's evaluator knows (EvaluatorPreprocessor.opMap), with its
 * operand counts: the interpreter reproduces pdf.js's operand recovery, which depends on them.
 */
/** What the interpreter does with an operator; several keywords share one (f and F). */
export enum Op {
  Save,
  Restore,
  Transform,
  MoveTo,
  LineTo,
  CurveTo,
  CurveTo2,
  CurveTo3,
  ClosePath,
  Rectangle,
  Stroke,
  CloseStroke,
  Fill,
  EoFill,
  FillStroke,
  EoFillStroke,
  CloseFillStroke,
  CloseEoFillStroke,
  EndPath,
  BeginText,
  CharSpacing,
  WordSpacing,
  HScale,
  Leading,
  SetFont,
  RenderingMode,
  Rise,
  MoveText,
  LeadingMoveText,
  TextMatrix,
  NextLine,
  ShowText,
  ShowSpacedText,
  NextLineShowText,
  NextLineSpacingShowText,
  FillColorSpace,
  FillColor,
  FillColorN,
  FillGray,
  FillRgb,
  FillCmyk,
  PaintXObject,
  EndInlineImage,
  GState,
  MarkedContent,
  Other,
}

export interface OpSpec {
  op: Op;
  numArgs: number;
  variableArgs: boolean;
  isPath: boolean;
}

export const OPERATORS = new Map<string, OpSpec>();
function define(name: string, op: Op, numArgs: number, variableArgs = false): void {
  const isPath = op >= Op.MoveTo && op <= Op.EndPath;
  OPERATORS.set(name, { op, numArgs, variableArgs, isPath });
}
define('w', Op.Other, 1);
define('J', Op.Other, 1);
define('j', Op.Other, 1);
define('M', Op.Other, 1);
define('d', Op.Other, 2);
define('ri', Op.Other, 1);
define('i', Op.Other, 1);
define('gs', Op.GState, 1);
define('q', Op.Save, 0);
define('Q', Op.Restore, 0);
define('cm', Op.Transform, 6);
define('m', Op.MoveTo, 2);
define('l', Op.LineTo, 2);
define('c', Op.CurveTo, 6);
define('v', Op.CurveTo2, 4);
define('y', Op.CurveTo3, 4);
define('h', Op.ClosePath, 0);
define('re', Op.Rectangle, 4);
define('S', Op.Stroke, 0);
define('s', Op.CloseStroke, 0);
define('f', Op.Fill, 0);
define('F', Op.Fill, 0);
define('f*', Op.EoFill, 0);
define('B', Op.FillStroke, 0);
define('B*', Op.EoFillStroke, 0);
define('b', Op.CloseFillStroke, 0);
define('b*', Op.CloseEoFillStroke, 0);
define('n', Op.EndPath, 0);
// Clipping is not a path operator in pdf.js's numbering (it does not reset the invalid count).
define('W', Op.Other, 0);
define('W*', Op.Other, 0);
define('BT', Op.BeginText, 0);
define('ET', Op.Other, 0);
define('Tc', Op.CharSpacing, 1);
define('Tw', Op.WordSpacing, 1);
define('Tz', Op.HScale, 1);
define('TL', Op.Leading, 1);
define('Tf', Op.SetFont, 2);
define('Tr', Op.RenderingMode, 1);
define('Ts', Op.Rise, 1);
define('Td', Op.MoveText, 2);
define('TD', Op.LeadingMoveText, 2);
define('Tm', Op.TextMatrix, 6);
define('T*', Op.NextLine, 0);
define('Tj', Op.ShowText, 1);
define('TJ', Op.ShowSpacedText, 1);
define("'", Op.NextLineShowText, 1);
define('"', Op.NextLineSpacingShowText, 3);
define('d0', Op.Other, 2);
define('d1', Op.Other, 6);
define('CS', Op.Other, 1);
define('cs', Op.FillColorSpace, 1);
define('SC', Op.Other, 4, true);
define('SCN', Op.Other, 33, true);
define('sc', Op.FillColor, 4, true);
define('scn', Op.FillColorN, 33, true);
define('G', Op.Other, 1);
define('g', Op.FillGray, 1);
define('RG', Op.Other, 3);
define('rg', Op.FillRgb, 3);
define('K', Op.Other, 4);
define('k', Op.FillCmyk, 4);
define('sh', Op.Other, 1);
define('EI', Op.EndInlineImage, 1);
define('Do', Op.PaintXObject, 1);
define('MP', Op.Other, 1);
define('DP', Op.Other, 2);
define('BMC', Op.MarkedContent, 1);
define('BDC', Op.MarkedContent, 2);
define('EMC', Op.MarkedContent, 0);
define('BX', Op.Other, 0);
define('EX', Op.Other, 0);

/** Every keyword pdf.js's content lexer knows, including the prefixes it tracks for true/false/null. */
const KNOWN_WORDS = new Set([
  ...OPERATORS.keys(),
  ...['BI', 'ID', 'BM', 'BD', 'true', 'fa', 'fal', 'fals', 'false', 'nu', 'nul', 'null'],
]);

/**
 * How much of a keyword pdf.js's lexer takes as one command: it stops extending a known command
 * as soon as the longer word is unknown, so "TjET" is Tj then ET and "Q1" is Q then 1 (producers
 * that omit the space between operators).
 */
export function commandLength(word: string): number {
  let known = KNOWN_WORDS.has(word[0]!);
  let length = 1;
  while (length < word.length) {
    const longer = word.slice(0, length + 1);
    if (known && !KNOWN_WORDS.has(longer)) break;
    known = KNOWN_WORDS.has(longer);
    length++;
  }
  return length;
}
