import { describe, expect, it } from 'vitest';
import { customerWaitingSince, longestWaiting } from './waiting';
import { aChatMessage, secondsFromNow } from './test-fixtures';

const at = (seconds: number) => Date.parse(secondsFromNow(seconds));

describe('who waits for a reply', () => {
  it('waits since the first customer message after the agent last wrote', () => {
    const transcript = [
      aChatMessage({ sender: 'customer', sentAt: secondsFromNow(-300) }),
      aChatMessage({ sender: 'agent', sentAt: secondsFromNow(-200) }),
      aChatMessage({ sender: 'customer', sentAt: secondsFromNow(-120) }),
      aChatMessage({ sender: 'system', sentAt: secondsFromNow(-100) }),
      aChatMessage({ sender: 'customer', sentAt: secondsFromNow(-60) }),
    ];
    expect(customerWaitingSince(transcript)).toBe(at(-120));
  });

  it('does not wait once the agent has answered, or before the customer said anything', () => {
    expect(
      customerWaitingSince([
        aChatMessage({ sender: 'customer', sentAt: secondsFromNow(-60) }),
        aChatMessage({ sender: 'agent', sentAt: secondsFromNow(-30) }),
      ]),
    ).toBeNull();
    expect(customerWaitingSince([])).toBeNull();
  });

  it('picks the customer who has waited longest', () => {
    expect(
      longestWaiting([
        { contactId: 'a', since: at(-30) },
        { contactId: 'b', since: null },
        { contactId: 'c', since: at(-90) },
      ]),
    ).toBe('c');
    expect(longestWaiting([{ contactId: 'b', since: null }])).toBeNull();
  });
});
