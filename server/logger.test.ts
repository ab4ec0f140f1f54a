import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

function captured() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { log: createLogger('info', sink), text: () => lines.join('') };
}

describe('createLogger', () => {
  it.each([
    [
      'a request’s authorization header',
      { req: { headers: { authorization: 'Bearer SECRET-1' } } },
    ],
    ['a cookie', { req: { headers: { cookie: 'sid=SECRET-1' } } }],
    ['headers logged on their own', { headers: { authorization: 'Bearer SECRET-1' } }],
    ['a webhook signature', { req: { headers: { 'x-firebreak-signature': 'sha256=SECRET-1' } } }],
    ['a password in a body', { body: { username: 'lin.wei', password: 'SECRET-1' } }],
    ['a password in a request’s body', { req: { body: { password: 'SECRET-1' } } }],
    ['a refresh token in a body', { body: { refreshToken: 'SECRET-1' } }],
    ['an access token', { token: 'SECRET-1' }],
    ['a login answer', { res: { token: 'SECRET-1', refreshToken: 'SECRET-1' } }],
    ['a socket handshake’s auth', { handshake: { auth: { token: 'SECRET-1' } } }],
    ['a socket’s handshake', { socket: { handshake: { auth: { token: 'SECRET-1' } } } }],
    ['the config’s secrets', { config: { tokenSecret: 'SECRET-1', webhookSecret: 'SECRET-1' } }],
  ])('redacts %s', (_what, object) => {
    const { log, text } = captured();
    log.info(object, 'something happened');
    expect(text()).toContain('something happened');
    expect(text()).toContain('[redacted]');
    expect(text()).not.toContain('SECRET-1');
  });

  it('keeps what is not secret', () => {
    const { log, text } = captured();
    log.info({ agentId: 'AG-1', sessionId: 's-1', username: 'lin.wei' }, 'session opened');
    expect(text()).toContain('"agentId":"AG-1"');
    expect(text()).toContain('"username":"lin.wei"');
  });
});
