import { describe, expect, it } from 'vitest';
import { DeliverySequence } from './delivery-sequence.js';

/** A sequence that records what it applied, established at `seq` of run `epoch`. */
function sequenceAt(epoch = 'run-1', seq = 0) {
  const applied: string[] = [];
  const sequence = new DeliverySequence();
  sequence.establish({ epoch, seq, resumed: false });
  const receive = (n: number, label = `#${String(n)}`, run = epoch) =>
    sequence.receive({ epoch: run, seq: n }, () => applied.push(label));
  return { sequence, applied, receive };
}

describe('DeliverySequence', () => {
  it('applies events in sequence order whatever order they arrive in', () => {
    const { applied, receive, sequence } = sequenceAt();
    expect(receive(2)).toBe('held');
    expect(receive(3)).toBe('held');
    expect(applied).toEqual([]);
    expect(receive(1)).toBe('applied');
    expect(applied).toEqual(['#1', '#2', '#3']);
    expect(sequence.appliedPoint()).toEqual({ epoch: 'run-1', seq: 3 });
  });

  it('applies a re-sent or replayed event only once', () => {
    const { applied, receive } = sequenceAt();
    receive(1);
    expect(receive(1, 'again')).toBe('duplicate');
    receive(3);
    expect(receive(3, 'again')).toBe('duplicate');
    receive(2);
    expect(applied).toEqual(['#1', '#2', '#3']);
  });

  it('holds what arrives while reconnecting and resumes where it stopped', () => {
    const { applied, receive, sequence } = sequenceAt('run-1', 5);
    receive(6);
    sequence.suspend();
    expect(sequence.resumePoint()).toEqual({ epoch: 'run-1', seq: 6 });
    expect(sequence.appliedPoint()).toBeNull();
    // The gateway replays 7 and 8 before its agent.ready answer, and 8 arrives twice.
    receive(8);
    receive(7);
    receive(8, 'again');
    expect(applied).toEqual(['#6']);
    sequence.establish({ epoch: 'run-1', seq: 8, resumed: true });
    expect(applied).toEqual(['#6', '#7', '#8']);
  });

  it('starts afresh at the gateway point when it could not resume, dropping what came before it', () => {
    const { applied, receive, sequence } = sequenceAt('run-1', 0);
    receive(1);
    sequence.suspend();
    receive(2, 'old run');
    receive(4, 'before the new point', 'run-2');
    receive(5, 'after it', 'run-2');
    sequence.establish({ epoch: 'run-2', seq: 4, resumed: false });
    expect(applied).toEqual(['#1', 'after it']);
    expect(sequence.appliedPoint()).toEqual({ epoch: 'run-2', seq: 5 });
    expect(receive(2, 'stale', 'run-1')).toBe('duplicate');
  });

  it('has no point to resume from before anything was established', () => {
    expect(new DeliverySequence().resumePoint()).toBeNull();
  });
});
