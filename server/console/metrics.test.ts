import { describe, expect, it } from 'vitest';
import { queueMetrics, type ContactTimes } from './metrics.js';

const T0 = new Date('2026-11-22T09:00:00Z');
const at = (s: number) => new Date(T0.getTime() + s * 1000);
const now = at(900); // 15 minutes after T0
const window = { from: T0, now, thresholdSeconds: 20 };

function contact(overrides: Partial<ContactTimes>): ContactTimes {
  return { queueId: 'claims-voice', state: 'closed', createdAt: at(0), acceptedAt: null, closedAt: null, abandonedAt: null, ...overrides };
}

// Hand-checked: 4 answered (3 within 20 s), 2 abandoned (one at 10 s, not counted; one at 45 s, missed).
// Service level = 3 / (4 + 1) = 60 %. Handle times of the two closed: 300 s and 180 s → 240 s.
const fixture: ContactTimes[] = [
  contact({ createdAt: at(100), acceptedAt: at(105), closedAt: at(405) }),
  contact({ createdAt: at(200), acceptedAt: at(220), closedAt: at(400) }),
  contact({ state: 'active', createdAt: at(300), acceptedAt: at(310) }),
  contact({ state: 'wrap_up', createdAt: at(400), acceptedAt: at(460) }),
  contact({ state: 'abandoned', createdAt: at(500), abandonedAt: at(510) }),
  contact({ state: 'abandoned', createdAt: at(600), abandonedAt: at(645) }),
  contact({ state: 'queued', createdAt: at(840) }),
  contact({ state: 'offered', createdAt: at(870) }),
  contact({ queueId: 'service-chat', state: 'queued', createdAt: at(0) }),
  // Answered before the window: not part of it.
  contact({ createdAt: at(-600), acceptedAt: at(-500), closedAt: at(-100) }),
];

describe('queue metrics', () => {
  it('computes service level, abandoned, handle time and the wait now, as hand-checked', () => {
    expect(queueMetrics('claims-voice', fixture, window)).toEqual({
      queueId: 'claims-voice',
      waiting: 2,
      longestWaitSeconds: 60,
      serviceLevel: 0.6,
      answered: 4,
      abandoned: 2,
      averageHandleSeconds: 240,
    });
  });

  it('says "no data" rather than 0 % or 100 % for a quiet queue', () => {
    expect(queueMetrics('renewals-voice', fixture, window)).toMatchObject({ serviceLevel: null, averageHandleSeconds: null, waiting: 0 });
    expect(queueMetrics('service-chat', fixture, window)).toMatchObject({ waiting: 1, longestWaitSeconds: 900, serviceLevel: null });
  });

  it('moves with the threshold: at 60 s every answer is in time and no abandon counts as missed', () => {
    const m = queueMetrics('claims-voice', fixture, { ...window, thresholdSeconds: 60 });
    // Within 60 s: all four answered; the 45 s abandon no longer counts → 4 / 4.
    expect(m.serviceLevel).toBe(1);
  });
});
