/**
 * PostScript calculator functions (PDF 32000-1:2008, 7.10.5), the tint transforms design tools
 * write for spot colours. Evaluated like pdf.js's interpreter (its compiler is off: eval is
 * disabled in our pdf.js backend): float32 inputs, outputs clamped to the range.
 */
import { Lexer } from './lexer.js';
import { PdfOp, PdfUnsupported } from './objects.js';
import type { PdfFunction } from './functions.js';

/** A parsed calculator procedure: operands, operator names, and resolved conditionals. */
type PsItem = number | boolean | string | PsConditional;
interface PsConditional {
  then: PsItem[];
  otherwise: PsItem[] | null;
}

const PS_MAX_STACK = 100;
const PS_MAX_ITEMS = 10_000;

function parsePostScript(bytes: Uint8Array): PsItem[] {
  const lexer = new Lexer(bytes);
  let count = 0;
  const procedure = (depth: number): PsItem[] => {
    if (depth > 16) throw new PdfUnsupported('PostScript function nested too deeply');
    const items: PsItem[] = [];
    for (;;) {
      const token = lexer.next();
      if (++count > PS_MAX_ITEMS) throw new PdfUnsupported('PostScript function too long');
      if (token === undefined) throw new PdfUnsupported('unterminated PostScript procedure');
      if (typeof token === 'number' || typeof token === 'boolean') {
        items.push(token);
      } else if (token instanceof PdfOp && token.name === '{') {
        const then = procedure(depth + 1);
        const next = lexer.next();
        if (next instanceof PdfOp && next.name === 'if') {
          items.push({ then, otherwise: null });
        } else if (next instanceof PdfOp && next.name === '{') {
          const otherwise = procedure(depth + 1);
          const keyword = lexer.next();
          if (!(keyword instanceof PdfOp) || keyword.name !== 'ifelse')
            throw new PdfUnsupported('malformed PostScript conditional');
          items.push({ then, otherwise });
        } else {
          throw new PdfUnsupported('malformed PostScript conditional');
        }
      } else if (token instanceof PdfOp && token.name === '}') {
        return items;
      } else if (token instanceof PdfOp) {
        items.push(token.name);
      } else {
        throw new PdfUnsupported('unexpected PostScript token');
      }
    }
  };
  const open = lexer.next();
  if (!(open instanceof PdfOp) || open.name !== '{') {
    throw new PdfUnsupported('malformed PostScript function');
  }
  return procedure(1);
}

class PsStack {
  readonly values: Array<number | boolean> = [];

  push(value: number | boolean): void {
    if (this.values.length >= PS_MAX_STACK) throw new PdfUnsupported('PostScript stack overflow');
    this.values.push(value);
  }

  pop(): number | boolean {
    const value = this.values.pop();
    if (value === undefined) throw new PdfUnsupported('PostScript stack underflow');
    return value;
  }

  num(): number {
    return this.pop() as number;
  }
}

/** Runs one operator of the PostScript calculator language (PDF 32000-1:2008, 7.10.5). */
function runOperator(name: string, s: PsStack): void {
  const v = s.values;
  let a: number | boolean;
  let b: number | boolean;
  switch (name) {
    case 'abs':
      return s.push(Math.abs(s.num()));
    case 'add':
      b = s.num();
      return s.push(s.num() + b);
    case 'sub':
      b = s.num();
      return s.push(s.num() - b);
    case 'mul':
      b = s.num();
      return s.push(s.num() * b);
    case 'div':
      b = s.num();
      return s.push(s.num() / b);
    case 'idiv':
      b = s.num();
      return s.push((s.num() / b) | 0);
    case 'mod':
      b = s.num();
      return s.push(s.num() % b);
    case 'neg':
      return s.push(-s.num());
    case 'ceiling':
      return s.push(Math.ceil(s.num()));
    case 'floor':
      return s.push(Math.floor(s.num()));
    case 'round':
      return s.push(Math.round(s.num()));
    case 'truncate':
      return s.push(Math.trunc(s.num()));
    case 'cvi':
      return s.push(s.num() | 0);
    case 'cvr':
      return;
    case 'sqrt':
      return s.push(Math.sqrt(s.num()));
    case 'exp':
      b = s.num();
      return s.push(s.num() ** b);
    case 'ln':
      return s.push(Math.log(s.num()));
    case 'log':
      return s.push(Math.log10(s.num()));
    case 'sin':
      return s.push(Math.sin(((s.num() % 360) / 180) * Math.PI));
    case 'cos':
      return s.push(Math.cos(((s.num() % 360) / 180) * Math.PI));
    case 'atan': {
      b = s.num();
      const angle = (Math.atan2(s.num(), b) / Math.PI) * 180;
      return s.push(angle < 0 ? angle + 360 : angle);
    }
    case 'eq':
      b = s.pop();
      return s.push(s.pop() === b);
    case 'ne':
      b = s.pop();
      return s.push(s.pop() !== b);
    case 'gt':
      b = s.num();
      return s.push(s.num() > b);
    case 'ge':
      b = s.num();
      return s.push(s.num() >= b);
    case 'lt':
      b = s.num();
      return s.push(s.num() < b);
    case 'le':
      b = s.num();
      return s.push(s.num() <= b);
    case 'and':
      b = s.pop();
      a = s.pop();
      return s.push(
        typeof a === 'boolean' && typeof b === 'boolean' ? a && b : (a as number) & (b as number),
      );
    case 'or':
      b = s.pop();
      a = s.pop();
      return s.push(
        typeof a === 'boolean' && typeof b === 'boolean' ? a || b : (a as number) | (b as number),
      );
    case 'xor':
      b = s.pop();
      a = s.pop();
      return s.push(
        typeof a === 'boolean' && typeof b === 'boolean' ? a !== b : (a as number) ^ (b as number),
      );
    case 'not':
      a = s.pop();
      return s.push(typeof a === 'boolean' ? !a : ~a);
    case 'bitshift':
      b = s.num();
      a = s.num();
      return s.push(a > 0 ? a << b : a >> b);
    case 'true':
      return s.push(true);
    case 'false':
      return s.push(false);
    case 'pop':
      s.pop();
      return;
    case 'dup':
      a = s.pop();
      s.push(a);
      return s.push(a);
    case 'exch':
      b = s.pop();
      a = s.pop();
      s.push(b);
      return s.push(a);
    case 'copy': {
      const n = s.num();
      if (!(n >= 0) || n > v.length) throw new PdfUnsupported('PostScript copy out of range');
      const start = v.length - n;
      for (let i = 0; i < n; i++) s.push(v[start + i]!);
      return;
    }
    case 'index': {
      const n = s.num();
      const value = v[v.length - 1 - n];
      if (!(n >= 0) || value === undefined)
        throw new PdfUnsupported('PostScript index out of range');
      return s.push(value);
    }
    case 'roll': {
      const j = s.num();
      const n = s.num();
      if (!(n >= 0) || n > v.length || !Number.isInteger(j))
        throw new PdfUnsupported('PostScript roll out of range');
      if (n === 0) return;
      const part = v.splice(v.length - n, n);
      const shift = ((j % n) + n) % n;
      v.push(...part.slice(n - shift), ...part.slice(0, n - shift));
      return;
    }
    default:
      throw new PdfUnsupported(`PostScript operator ${name}`);
  }
}

function runProcedure(items: PsItem[], stack: PsStack): void {
  for (const item of items) {
    if (typeof item === 'number' || typeof item === 'boolean') stack.push(item);
    else if (typeof item === 'string') runOperator(item, stack);
    else if (stack.pop()) runProcedure(item.then, stack);
    else if (item.otherwise) runProcedure(item.otherwise, stack);
  }
}

/** Compiles the function's code; `domain` and `range` are its flattened /Domain and /Range. */
export function postScriptFunction(
  code: Uint8Array,
  domain: number[],
  range: number[],
): PdfFunction {
  const body = parsePostScript(code);
  const inputs = domain.length >> 1;
  const outputs = range.length >> 1;
  const input = new Float32Array(inputs);
  return (src, srcOffset, dest, destOffset) => {
    const stack = new PsStack();
    for (let i = 0; i < inputs; i++) {
      input[i] = src[srcOffset + i]!;
      stack.push(input[i]!);
    }
    runProcedure(body, stack);
    const { values } = stack;
    if (values.length < outputs)
      throw new PdfUnsupported('PostScript function left too few values');
    const base = values.length - outputs;
    for (let i = 0; i < outputs; i++) {
      const value = values[base + i] as number;
      dest[destOffset + i] = Math.min(Math.max(value, range[2 * i]!), range[2 * i + 1]!);
    }
  };
}
