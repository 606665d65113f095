/**
 * Bullet texts of an entry body, with wrapped continuation lines joined to the bullet they
 * continue. A line styled apart from its bullet (a bold position header right after a bullet
 * with no full stop) never continues it.
 */
import { collapseWhitespace } from '../layout/whitespace.js';
import type { EntryLine } from './entry-groups.js';
import { sameStyle } from './line-roles.js';

export interface BulletOptions {
  /** Legacy DOC keeps no list information: each body paragraph is one item. */
  isListless?: boolean;
}

export function collectBullets(
  body: readonly EntryLine[],
  options: BulletOptions = {},
): { bullets: string[]; prose: string[] } {
  const bullets: string[] = [];
  const prose: string[] = [];
  let lastBullet: EntryLine | null = null;
  let last: 'bullet' | 'prose' | null = null;
  for (const el of body) {
    const previous = bullets[bullets.length - 1];
    const text = collapseWhitespace(el.text);
    const continues =
      !options.isListless &&
      last === 'bullet' &&
      previous !== undefined &&
      lastBullet !== null &&
      sameStyle(lastBullet.line, el.line) &&
      isContinuation(previous, text);
    if (el.bullet || (options.isListless && text.length > 0)) {
      bullets.push(text);
      lastBullet = el;
      last = 'bullet';
    } else if (continues) {
      bullets[bullets.length - 1] = `${previous} ${text}`;
    } else {
      prose.push(text);
      last = 'prose';
    }
  }
  return { bullets, prose };
}

function isContinuation(previous: string, next: string): boolean {
  return /^[\p{Ll}\d(]/u.test(next) || !/[.!?;:]$/.test(previous);
}
