import { describe, expect, it } from 'vitest';
import type { ConsoleAlert } from '../../shared/schemas/console-alerts.js';
import { OPEN_ON_BOARD, withRaised } from './alert-repository.js';

const T0 = Date.parse('2026-11-20T09:00:00Z');
function alert(id: string, secondsAfter: number, acknowledged = false): ConsoleAlert {
  const at = new Date(T0 + secondsAfter * 1000).toISOString();
  return {
    id,
    rule: 'high_risk_waiting',
    contactId: `CT-${id}`,
    customerId: null,
    customerName: null,
    tier: null,
    raisedAt: at,
    detail: {},
    acknowledgedBy: acknowledged ? 'LEAD-1' : null,
    acknowledgedByName: acknowledged ? 'Zhang' : null,
    acknowledgedAt: acknowledged ? at : null,
  };
}
const ids = (list: readonly ConsoleAlert[]) => list.map((a) => a.id);

describe('the board alerts with newly raised ones', () => {
  it('puts the raised first among the unacknowledged, newest first then by id, before the acknowledged', () => {
    const board = [alert('AL-b', 20), alert('AL-a', 10), alert('AL-k', 30, true)];
    const raised = [alert('AL-c', 40), alert('AL-e', 40), alert('AL-d', 25)];
    expect(ids(withRaised(board, raised))).toEqual([
      'AL-e',
      'AL-c',
      'AL-d',
      'AL-b',
      'AL-a',
      'AL-k',
    ]);
  });

  it('keeps at most the cap of unacknowledged: the oldest one leaves', () => {
    const board = Array.from({ length: OPEN_ON_BOARD }, (_, i) => alert(`AL-${1000 + i}`, i));
    const next = withRaised(board, [alert('AL-new', OPEN_ON_BOARD)]);
    expect(next).toHaveLength(OPEN_ON_BOARD);
    expect(next[0]?.id).toBe('AL-new');
    expect(ids(next)).not.toContain('AL-1000');
  });
});
