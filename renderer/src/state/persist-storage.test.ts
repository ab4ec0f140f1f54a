import { describe, expect, it } from 'vitest';
import { anAgent } from '../../../test/setup/renderer-providers';
import { createSplitStorage } from './persist-storage';

const storage = createSplitStorage();
const future = () => new Date(Date.now() + 60_000).toISOString();
const past = () => new Date(Date.now() - 60_000).toISOString();

describe('persisted client state', () => {
  it('keeps the session for this tab and the language for this machine', () => {
    storage.setItem('fb', {
      version: 1,
      state: { token: 't', agent: anAgent(), expiresAt: future(), language: 'fa' },
    });

    expect(JSON.parse(window.sessionStorage.getItem('fb:session') ?? 'null')).toMatchObject({
      token: 't',
    });
    expect(window.localStorage.getItem('fb:ui')).toBe('{"language":"fa"}');
    expect(storage.getItem('fb')).toMatchObject({ state: { token: 't', language: 'fa' } });
  });

  it('forgets the session on sign-out', () => {
    storage.setItem('fb', {
      version: 1,
      state: { token: 't', agent: anAgent(), expiresAt: future(), language: null },
    });
    storage.setItem('fb', {
      version: 1,
      state: { token: null, agent: null, expiresAt: null, language: null },
    });
    expect(window.sessionStorage.getItem('fb:session')).toBeNull();
  });

  it('does not restore an expired or tampered session', () => {
    window.sessionStorage.setItem(
      'fb:session',
      JSON.stringify({ token: 't', agent: anAgent(), expiresAt: past() }),
    );
    expect(storage.getItem('fb')).toMatchObject({ state: { token: null, agent: null } });

    window.sessionStorage.setItem('fb:session', '{"token": 42}');
    window.localStorage.setItem('fb:ui', '{"language":"klingon"}');
    expect(storage.getItem('fb')).toMatchObject({ state: { token: null, language: null } });
  });
});
