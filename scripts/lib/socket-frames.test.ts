import { describe, expect, it } from 'vitest';
import { frameKind } from './socket-frames.js';

describe('frameKind', () => {
  it('names a socket.io event, with or without a namespace or an ack id', () => {
    expect(frameKind('42["console.board",{"queues":[]}]')).toBe('console.board');
    expect(frameKind('42/customer,["chat.message",{}]')).toBe('chat.message');
    expect(frameKind('4217["contact.offered",{}]')).toBe('contact.offered');
    expect(frameKind('42["a \\"quoted\\" name",1]')).toBe('a \\"quoted\\" name');
  });

  it("names engine.io's own packets and socket.io's other packets", () => {
    expect(frameKind('2')).toBe('ping');
    expect(frameKind('3')).toBe('pong');
    expect(frameKind('40{"sid":"x"}')).toBe('socket.io 40');
    expect(frameKind('4312[{"ok":true}]')).toBe('socket.io 43');
    expect(frameKind('x')).toBe('other');
  });
});
