import { describe, expect, it } from 'vitest';
import { filterCannedReplies, findSlashQuery, replaceSlashQuery } from './canned-query';
import { CANNED_REPLIES } from './test-fixtures';

describe('the / in a draft', () => {
  it('opens a query at the start of the draft or of a word, not inside one', () => {
    expect(findSlashQuery('/gre', 4)).toEqual({ start: 0, end: 4, query: 'gre' });
    expect(findSlashQuery('Hi! /cla', 8)).toEqual({ start: 4, end: 8, query: 'cla' });
    expect(findSlashQuery('Hi!\n/', 5)).toEqual({ start: 4, end: 5, query: '' });
    expect(findSlashQuery('and/or', 6)).toBeNull();
    expect(findSlashQuery('see https://example.com/a', 25)).toBeNull();
    expect(findSlashQuery('/greet then more', 16)).toBeNull();
  });

  it('filters by shortcut first, then by title', () => {
    const shortcuts = (query: string) =>
      filterCannedReplies(CANNED_REPLIES, query).map((reply) => reply.shortcut);
    expect(shortcuts('')).toEqual(['claim-status', 'greet', 'thanks']);
    expect(shortcuts('th')).toEqual(['thanks']);
    expect(shortcuts('STAT')).toEqual(['claim-status']);
    expect(shortcuts('goodbye')).toEqual(['thanks']);
    expect(shortcuts('zzz')).toEqual([]);
  });

  it('replaces the whole /word with the reply and puts the caret after it', () => {
    const slash = findSlashQuery('Hi /gr there', 6);
    expect(slash).not.toBeNull();
    expect(replaceSlashQuery('Hi /gr there', slash!, 'Hello!')).toEqual({
      text: 'Hi Hello! there',
      caret: 9,
    });
  });
});
