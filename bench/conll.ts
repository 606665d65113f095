/** Reads CoNLL "token TAG" files (blank line between sentences) into texts with gold spans. */

export interface GoldSpan {
  label: string;
  start: number;
  end: number;
}

export interface GoldSentence {
  text: string;
  spans: GoldSpan[];
}

/** Joins tokens with single spaces and converts B-/I- tags into character spans. */
export function readConll(source: string): GoldSentence[] {
  const sentences: GoldSentence[] = [];
  let text = '';
  let spans: GoldSpan[] = [];
  let open: GoldSpan | null = null;
  const flush = (): void => {
    if (text) sentences.push({ text, spans });
    text = '';
    spans = [];
    open = null;
  };
  for (const line of source.split(/\r?\n/)) {
    const [token, tag = 'O'] = line.trim().split(/\s+/);
    if (!token) {
      flush();
      continue;
    }
    const start = text ? text.length + 1 : 0;
    text = text ? `${text} ${token}` : token;
    const end = start + token.length;
    const [prefix, label = ''] = tag.split('-', 2) as [string, string?];
    if (prefix === 'I' && open !== null && (open as GoldSpan).label === label) {
      (open as GoldSpan).end = end;
    } else if (prefix === 'B' || prefix === 'I') {
      open = { label, start, end };
      spans.push(open);
    } else open = null;
  }
  flush();
  return sentences;
}
