import { describe, expect, it } from 'vitest';
import type { Whisper } from '../../../../shared/schemas/console-actions';
import { aChatMessage, secondsFromNow } from './test-fixtures';
import { interleaveWhispers } from './transcript-entries';

const aWhisper = (id: string, seconds: number): Whisper => ({
  id,
  contactId: 'chat-1',
  fromAgentId: 'lead-1',
  fromName: 'Zhou Min',
  text: `whisper ${id}`,
  sentAt: secondsFromNow(seconds),
});

const keys = (...args: Parameters<typeof interleaveWhispers>) =>
  interleaveWhispers(...args).map((entry) => entry.key);

describe('interleaveWhispers', () => {
  const first = aChatMessage({ id: 'm1', sentAt: secondsFromNow(-300) });
  const second = aChatMessage({ id: 'm2', sentAt: secondsFromNow(-200) });
  const third = aChatMessage({ id: 'm3', sentAt: secondsFromNow(-100) });

  it('places each whisper by time, whatever order they arrived in', () => {
    expect(
      keys([first, second, third], [aWhisper('w2', -150), aWhisper('w1', -250), aWhisper('w3', 0)]),
    ).toEqual(['message:m1', 'whisper:w1', 'message:m2', 'whisper:w2', 'message:m3', 'whisper:w3']);
  });

  it('puts a whisper after a message sent at the same moment, and before the oldest if older', () => {
    expect(keys([first, second], [aWhisper('same', -200), aWhisper('early', -900)])).toEqual([
      'whisper:early',
      'message:m1',
      'message:m2',
      'whisper:same',
    ]);
  });

  it('keeps the messages in the order given, and whispers alone when nothing was said yet', () => {
    expect(keys([second, first], [])).toEqual(['message:m2', 'message:m1']);
    expect(keys([], [aWhisper('w1', -10)])).toEqual(['whisper:w1']);
  });
});
