import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsoleBoard } from '../../../../shared/schemas/console';
import type { ConsoleAlert } from '../../../../shared/schemas/console-alerts';
import { consoleKeys } from '../../api/console/keys';
import { appStore } from '../../state';
import { FIXTURE_NOW } from '../pop/test-fixtures';
import { ConsolePage } from './ConsolePage';
import { BEEP_GAP_MS } from './use-alert-sound';
import { aBoard, anAlert, aQueue, secondsAgo } from './test-fixtures';
import { gateway, renderAsLead, requests } from './test-support';

/** A stand-in for WebAudio: each beep starts one oscillator; `state` follows suspend and resume. */
const beeps = vi.fn();
const audioOpened = vi.fn();
/** Every context made, newest last. */
const contexts: FakeAudioContext[] = [];
class FakeAudioContext {
  constructor() {
    audioOpened();
    contexts.push(this);
    // As in Chromium: a new context is suspended until its device starts, then runs unless
    // suspended meanwhile.
    setTimeout(() => {
      if (!this.suspendedByUser && this.state !== 'closed') this.state = 'running';
    }, 0);
  }
  state: AudioContextState = 'suspended';
  suspendedByUser = false;
  currentTime = 0;
  destination = {};
  createGain() {
    return {
      gain: { setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined },
      connect: () => undefined,
    };
  }
  createOscillator() {
    beeps();
    return {
      type: 'sine',
      frequency: { setValueAtTime: () => undefined },
      connect: () => undefined,
      start: () => undefined,
      stop: () => undefined,
    };
  }
  resume() {
    this.suspendedByUser = false;
    this.state = 'running';
    return Promise.resolve();
  }
  suspend() {
    this.suspendedByUser = true;
    this.state = 'suspended';
    return Promise.resolve();
  }
  close() {
    this.state = 'closed';
    return Promise.resolve();
  }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FIXTURE_NOW);
  beeps.mockClear();
  audioOpened.mockClear();
  contexts.length = 0;
  vi.stubGlobal('AudioContext', FakeAudioContext);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const diamondWaiting = anAlert();
const escalation = anAlert({
  id: 'alert-2',
  rule: 'escalation_words',
  contactId: 'contact-7',
  customerName: 'Sun Yu',
  tier: 'gold',
  raisedAt: secondsAgo(60),
  detail: { words: ['regulator', 'lawyer'] },
});
const acknowledged = anAlert({
  id: 'alert-0',
  rule: 'promise_overdue',
  contactId: 'contact-3',
  customerName: 'Zhao Min',
  tier: 'platinum',
  raisedAt: secondsAgo(600),
  detail: { promiseIds: ['pr-1', 'pr-2'] },
  acknowledgedBy: 'lead-2',
  acknowledgedByName: 'Ma Lan',
  acknowledgedAt: secondsAgo(300),
});

const alertRows = () => screen.getAllByTestId('alert-row');
const rowOf = (id: string) => {
  const row = alertRows().find((element) => element.getAttribute('data-alert-id') === id);
  if (row === undefined) throw new Error(`no alert ${id}`);
  return row;
};

async function renderAlerts(alerts: ConsoleAlert[]) {
  const rendered = renderAsLead(<ConsolePage />, aBoard({ alerts }));
  await screen.findAllByTestId('queue-row');
  return rendered;
}

/** The gateway pushes a board with these alerts. */
function push(rendered: Awaited<ReturnType<typeof renderAlerts>>, alerts: ConsoleAlert[]) {
  act(() => rendered.sockets.latest().serverEmit('console.board', aBoard({ alerts })));
}

describe('AlertsPanel', () => {
  it('lists the unacknowledged alerts first, each with what fired it, then the acknowledged ones', async () => {
    await renderAlerts([acknowledged, diamondWaiting, escalation]);

    expect(alertRows().map((row) => row.getAttribute('data-alert-id'))).toEqual([
      'alert-1',
      'alert-2',
      'alert-0',
    ]);
    expect(screen.getByTestId('alert-open-count')).toHaveTextContent('2 new');

    const first = within(rowOf('alert-1'));
    expect(rowOf('alert-1')).toHaveAttribute('data-rule', 'diamond_waiting');
    expect(first.getByTestId('alert-rule')).toHaveTextContent('Diamond customer waiting');
    expect(first.getByTestId('alert-customer')).toHaveTextContent('Wang Li');
    expect(first.getByTestId('alert-tier')).toHaveTextContent('Diamond');
    expect(first.getByTestId('alert-detail')).toHaveTextContent('Waited 35 sec');
    expect(first.getByTestId('alert-ack')).toBeEnabled();

    expect(within(rowOf('alert-2')).getByTestId('alert-detail')).toHaveTextContent(
      'Said: regulator, lawyer',
    );

    const done = within(rowOf('alert-0'));
    expect(rowOf('alert-0')).toHaveAttribute('data-acknowledged', 'true');
    expect(done.getByTestId('alert-rule')).toHaveTextContent('Promise overdue');
    expect(done.getByTestId('alert-detail')).toHaveTextContent('2 overdue promises');
    expect(done.getByTestId('alert-acknowledged-by')).toHaveTextContent(
      'Acknowledged by Ma Lan, 5 minutes ago',
    );
    expect(done.queryByTestId('alert-ack')).not.toBeInTheDocument();
  });

  it('draws the newest 30 and counts the rest, so a flood of alerts stays light', async () => {
    const flood = Array.from({ length: 45 }, (_, i) =>
      anAlert({ id: `flood-${String(i)}`, contactId: `contact-f${String(i)}` }),
    );
    await renderAlerts(flood);
    await waitFor(() => expect(alertRows()).toHaveLength(30));
    expect(alertRows()[0]).toHaveAttribute('data-alert-id', 'flood-0');
    expect(screen.getByTestId('alerts-more')).toHaveTextContent('and 15 more');
  });

  it('acknowledges through the gateway and moves the alert to the acknowledged ones', async () => {
    const rendered = await renderAlerts([diamondWaiting, escalation]);

    await rendered.user.click(within(rowOf('alert-1')).getByTestId('alert-ack'));

    await waitFor(() =>
      expect(requests()).toContain('POST /api/v1/console/alerts/alert-1/acknowledge'),
    );
    await waitFor(() => expect(rowOf('alert-1')).toHaveAttribute('data-acknowledged', 'true'));
    expect(alertRows().map((row) => row.getAttribute('data-alert-id'))).toEqual([
      'alert-2',
      'alert-1',
    ]);
    expect(within(rowOf('alert-1')).getByTestId('alert-acknowledged-by')).toHaveTextContent(
      'Acknowledged by Lead Lu',
    );
  });

  it('beeps once for a new alert, not for those already there, and announces it', async () => {
    const rendered = await renderAlerts([escalation]);
    // The audio is opened while the page is idle, before any alert needs it.
    await waitFor(() => expect(audioOpened).toHaveBeenCalledTimes(1));
    expect(beeps).not.toHaveBeenCalled();
    expect(screen.getByTestId('alert-announcer')).toHaveTextContent('');

    push(rendered, [diamondWaiting, escalation]);

    await waitFor(() => expect(beeps).toHaveBeenCalledTimes(1));
    expect(screen.getByTestId('alert-announcer')).toHaveTextContent(
      'New alert: Diamond customer waiting, Wang Li',
    );
    expect(screen.getByTestId('alert-announcer')).toHaveAttribute('aria-live', 'polite');

    // The same alert on the next boards (and once acknowledged) makes no sound again.
    push(rendered, [diamondWaiting, escalation]);
    push(rendered, [{ ...diamondWaiting, acknowledgedAt: secondsAgo(1) }, escalation]);
    await waitFor(() => expect(rowOf('alert-1')).toHaveAttribute('data-acknowledged', 'true'));
    expect(beeps).toHaveBeenCalledTimes(1);
    expect(audioOpened).toHaveBeenCalledTimes(1);
  });

  it('beeps once for a storm of new alerts, and again for new ones after a quiet spell', async () => {
    const rendered = await renderAlerts([]);
    push(rendered, [diamondWaiting]);
    await waitFor(() => expect(beeps).toHaveBeenCalledTimes(1));

    // New alerts on the next boards, within the gap: shown and announced, no second beep.
    vi.setSystemTime(FIXTURE_NOW + BEEP_GAP_MS - 1000);
    push(rendered, [escalation, diamondWaiting]);
    await waitFor(() => expect(screen.getByTestId('alert-announcer')).toHaveTextContent('Sun Yu'));
    expect(beeps).toHaveBeenCalledTimes(1);

    vi.setSystemTime(FIXTURE_NOW + BEEP_GAP_MS + 1000);
    push(rendered, [{ ...acknowledged, id: 'alert-9', acknowledgedAt: null }, escalation]);
    await waitFor(() => expect(beeps).toHaveBeenCalledTimes(2));
  });

  it('keeps the audio suspended except while a beep plays', async () => {
    const rendered = await renderAlerts([]);
    await waitFor(() => expect(audioOpened).toHaveBeenCalledTimes(1));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(contexts.at(-1)?.state).toBe('suspended');

    push(rendered, [diamondWaiting]);
    await waitFor(() => expect(beeps).toHaveBeenCalledTimes(1));
    expect(contexts.at(-1)?.state).toBe('running');
    // Suspended again once the beep is over (it lasts a third of a second).
    await waitFor(() => expect(contexts.at(-1)?.state).toBe('suspended'), { timeout: 2000 });
    expect(audioOpened).toHaveBeenCalledTimes(1);
  });

  it('stays silent when the lead muted it, and remembers the choice', async () => {
    const rendered = await renderAlerts([]);
    expect(screen.getByTestId('alerts-empty')).toHaveTextContent('No alerts');

    await rendered.user.click(screen.getByTestId('alert-sound-toggle'));
    expect(screen.getByTestId('alert-sound-toggle')).toHaveAttribute('aria-pressed', 'true');
    push(rendered, [diamondWaiting]);

    await screen.findByTestId('alert-row');
    expect(screen.getByTestId('alert-announcer')).toHaveTextContent('New alert');
    expect(beeps).not.toHaveBeenCalled();
    expect(appStore.getState().alertSoundMuted).toBe(true);
    expect(JSON.parse(window.localStorage.getItem('firebreak:ui') ?? '{}')).toMatchObject({
      alertSoundMuted: true,
    });

    // Sound back on: the next new alert beeps, the old one does not.
    await rendered.user.click(screen.getByTestId('alert-sound-toggle'));
    expect(beeps).not.toHaveBeenCalled();
    push(rendered, [escalation, diamondWaiting]);
    await waitFor(() => expect(beeps).toHaveBeenCalledTimes(1));
  });

  it('keeps the alerts already shown as they were when a new one arrives on top, so only it is drawn', async () => {
    const rendered = await renderAlerts([escalation]);
    const cached = () => rendered.queryClient.getQueryData<ConsoleBoard>(consoleKeys.board());
    const shown = cached()?.alerts[0];
    push(rendered, [diamondWaiting, escalation]);
    await waitFor(() => expect(alertRows()).toHaveLength(2));
    expect(cached()?.alerts[0]?.id).toBe('alert-1');
    expect(cached()?.alerts[1]).toBe(shown);
  });

  it('draws a pushed board’s new alerts in the frame after its queues, then beeps', async () => {
    const rendered = await renderAlerts([escalation]);
    // How many alerts were on screen when the board's queues were drawn.
    const waiting = screen.getByTestId('queue-waiting');
    let alertsWithQueues: number | null = null;
    const watch = new MutationObserver(() => {
      if (waiting.textContent === '7') alertsWithQueues ??= alertRows().length;
    });
    watch.observe(waiting, { childList: true, characterData: true, subtree: true });
    act(() =>
      rendered.sockets
        .latest()
        .serverEmit(
          'console.board',
          aBoard({ alerts: [diamondWaiting, escalation], queues: [aQueue({ waiting: 7 })] }),
        ),
    );

    await waitFor(() => expect(alertRows()).toHaveLength(2));
    watch.disconnect();
    expect(alertsWithQueues).toBe(1);
    expect(rowOf('alert-1')).toHaveAttribute('data-acknowledged', 'false');
    await waitFor(() => expect(beeps).toHaveBeenCalledTimes(1));
  });

  it('opens no audio while muted, and opens it once the lead turns the sound on', async () => {
    const rendered = renderAsLead(<ConsolePage />, aBoard({ alerts: [] }), undefined, {
      alertSoundMuted: true,
    });
    await screen.findAllByTestId('queue-row');
    push(rendered, [diamondWaiting]);
    await screen.findByTestId('alert-row');
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(audioOpened).not.toHaveBeenCalled();

    await rendered.user.click(screen.getByTestId('alert-sound-toggle'));
    await waitFor(() => expect(audioOpened).toHaveBeenCalledTimes(1));
    expect(beeps).not.toHaveBeenCalled();
  });

  it('shows what customers wrote and their names as text, never as markup', async () => {
    await renderAlerts([
      anAlert({
        customerName: '<img src=x onerror=alert(1)>',
        rule: 'escalation_words',
        detail: { words: ['<script>steal()</script>'] },
      }),
    ]);

    expect(screen.getByTestId('alert-customer')).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(screen.getByTestId('alert-detail')).toHaveTextContent('Said: <script>steal()</script>');
    expect(document.querySelector('img[src="x"], script')).toBeNull();
    expect(gateway.board.alerts).toHaveLength(1);
  });
});
