import { describe, expect, it } from 'vitest';
import { DeliveryAcks } from './delivery-acks.js';
import { DeliverySequence } from './delivery-sequence.js';
import type { DeliveryPoint } from './schemas/socket.js';

/** A sequence established at epoch E1, acknowledgements collected, turns run by hand. */
function desk(options: { sendOk?: boolean } = {}) {
  const sequence = new DeliverySequence();
  sequence.establish({ epoch: 'E1', seq: 0, resumed: false });
  const sent: DeliveryPoint[] = [];
  const turns: (() => void)[] = [];
  const acks = new DeliveryAcks({
    sequence,
    connected: () => true,
    send: (point) => {
      sent.push(point);
      return Promise.resolve(options.sendOk ?? true);
    },
    later: (fn) => turns.push(fn),
  });
  const receive = (seq: number) => {
    sequence.receive({ epoch: 'E1', seq }, () => undefined);
    acks.schedule();
  };
  const turn = async () => {
    for (const fn of turns.splice(0)) fn();
    await Promise.resolve();
  };
  return { acks, sent, receive, turn };
}

describe('DeliveryAcks', () => {
  it('acknowledges a burst once, up to the last applied event, and nothing when nothing is new', async () => {
    const { sent, receive, turn } = desk();
    receive(1);
    receive(2);
    receive(3);
    await turn();
    expect(sent).toEqual([{ epoch: 'E1', seq: 3 }]);
    receive(3); // a re-send, ignored by the sequence
    await turn();
    expect(sent).toHaveLength(1);
  });

  it('sends a lost acknowledgement again with the next burst', async () => {
    const { sent, receive, turn } = desk({ sendOk: false });
    receive(1);
    await turn();
    receive(1); // re-sent by the gateway, which saw no ack
    await turn();
    expect(sent).toEqual([
      { epoch: 'E1', seq: 1 },
      { epoch: 'E1', seq: 1 },
    ]);
  });

  it('drops the acknowledgement pending when stopped, and works again when restarted', async () => {
    const { acks, sent, receive, turn } = desk();
    receive(1);
    acks.stop();
    await turn();
    expect(sent).toEqual([]);
    receive(2);
    await turn();
    expect(sent).toEqual([{ epoch: 'E1', seq: 2 }]);
  });
});
