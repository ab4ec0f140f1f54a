import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signedInState } from '../../../test/setup/renderer-providers';
import { appStore } from '../state';
import { useSessionExpiry } from './use-session-expiry';

describe('session expiry', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('signs the agent out when the token expires', () => {
    appStore.setState({
      ...signedInState(),
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    });
    renderHook(() => useSessionExpiry());

    vi.advanceTimersByTime(59_000);
    expect(appStore.getState().token).not.toBeNull();

    vi.advanceTimersByTime(1_000);
    expect(appStore.getState().token).toBeNull();
  });
});
