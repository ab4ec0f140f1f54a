import type { CannedReply } from '../../../../shared/schemas/chat';

/** A `/query` being typed: where it starts (the slash) and where its word ends. */
export interface SlashQuery {
  start: number;
  end: number;
  /** What follows the slash, e.g. `gre` for `/gre`. */
  query: string;
}

const SPACE = /\s/;

/**
 * The `/word` the caret is in, when its slash starts the draft or a word: `/gre` in
 * "Hello /gre" is one; the slashes in "and/or" or "https://…" are not.
 */
export function findSlashQuery(text: string, caret: number): SlashQuery | null {
  const at = Math.max(0, Math.min(caret, text.length));
  let start = at;
  while (start > 0 && !SPACE.test(text.charAt(start - 1))) start -= 1;
  if (text.charAt(start) !== '/') return null;
  let end = at;
  while (end < text.length && !SPACE.test(text.charAt(end))) end += 1;
  return { start, end, query: text.slice(start + 1, at) };
}

/** How many matches the picker lists at most. */
export const CANNED_LIMIT = 8;

/**
 * Replies for `query`, best first: shortcuts that start with it, then shortcuts that contain it,
 * then titles that contain it (case-insensitive). An empty query lists them all by shortcut.
 */
export function filterCannedReplies(
  replies: readonly CannedReply[],
  query: string,
  limit = CANNED_LIMIT,
): CannedReply[] {
  const q = query.trim().toLocaleLowerCase();
  const rank = (reply: CannedReply): number => {
    const shortcut = reply.shortcut.toLocaleLowerCase();
    if (shortcut.startsWith(q)) return 0;
    if (shortcut.includes(q)) return 1;
    if (reply.title.toLocaleLowerCase().includes(q)) return 2;
    return -1;
  };
  return replies
    .map((reply) => ({ reply, rank: rank(reply) }))
    .filter(({ rank: r }) => r >= 0)
    .sort((a, b) => a.rank - b.rank || a.reply.shortcut.localeCompare(b.reply.shortcut))
    .slice(0, limit)
    .map(({ reply }) => reply);
}

/** The draft with `/query` replaced by `body`, and where the caret goes (just after it). */
export function replaceSlashQuery(
  text: string,
  slash: SlashQuery,
  body: string,
): { text: string; caret: number } {
  return {
    text: text.slice(0, slash.start) + body + text.slice(slash.end),
    caret: slash.start + body.length,
  };
}
