import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsoleAgent, RiskBoardEntry } from '../../../../shared/schemas/console';
import { aContact, FIXTURE_NOW } from '../pop/test-fixtures';
import { aMediumRisk } from '../risk/test-fixtures';
import { RiskBoard } from './RiskBoard';
import { aBoard, aChatMessage, aConsoleAgent, aRiskEntry } from './test-fixtures';
import { bodyOf, gateway, json, renderAsLead, requests } from './test-support';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FIXTURE_NOW);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const diamond = aRiskEntry();
const gold = aRiskEntry({
  contactId: 'contact-2',
  customerName: 'Zhao Min',
  tier: 'gold',
  riskScore: 48,
  riskBand: 'medium',
  predictedReason: aMediumRisk().reason,
  overduePromises: 0,
});
const liveChat = aRiskEntry({
  contactId: 'contact-7',
  channel: 'chat',
  state: 'active',
  customerName: 'Sun Yu',
  tier: 'silver',
  riskScore: 30,
  riskBand: 'low',
  predictedReason: null,
  overduePromises: 0,
  ownerId: 'agent-2',
  ownerName: 'Li Na',
});
const AGENTS: ConsoleAgent[] = [
  aConsoleAgent(),
  aConsoleAgent({ agentId: 'agent-3', displayName: 'Zhou Min', queues: ['claims', 'complaints'] }),
  aConsoleAgent({ agentId: 'agent-4', displayName: 'Chen Jie', state: 'away', reason: 'break' }),
  aConsoleAgent({ agentId: 'agent-5', displayName: 'He Ping', queues: ['complaints'] }),
  aConsoleAgent({ agentId: 'agent-6', displayName: 'Wu Lei', state: 'offline' }),
];

function renderBoard(entries: RiskBoardEntry[] = [diamond, gold, liveChat]) {
  return renderAsLead(<RiskBoard entries={entries} />, aBoard({ risk: entries }), AGENTS);
}

const rows = () => screen.getAllByTestId('risk-row');
const rowOf = (contactId: string) => {
  const row = rows().find((element) => element.getAttribute('data-contact-id') === contactId);
  if (row === undefined) throw new Error(`no row for ${contactId}`);
  return row;
};

/** Opens an antd Select by its test id and picks the option with this label. */
function pick(testId: string, label: string) {
  fireEvent.mouseDown(within(screen.getByTestId(testId)).getByRole('combobox'));
  const option = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
    (element) => element.textContent === label,
  );
  if (!option) throw new Error(`no option ${label}`);
  fireEvent.click(option);
}
const optionLabels = () =>
  [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].map((o) => o.textContent);

describe('RiskBoard', () => {
  it('keeps the gateway’s order and says who, how risky, why, how long and where', () => {
    renderBoard();

    expect(rows().map((row) => row.getAttribute('data-contact-id'))).toEqual([
      'contact-1',
      'contact-2',
      'contact-7',
    ]);
    const first = within(rowOf('contact-1'));
    expect(first.getByTestId('risk-customer')).toHaveTextContent('Wang Li');
    expect(rowOf('contact-1')).toHaveAttribute('data-tier', 'diamond');
    expect(first.getByTestId('risk-tier')).toHaveTextContent('Diamond');
    expect(first.getByTestId('risk-score')).toHaveTextContent('82 · High risk');
    expect(first.getByTestId('risk-reason')).toHaveTextContent(
      /^About claim C-2031: the claim is past its promised date/,
    );
    expect(first.getByTestId('risk-promises')).toHaveTextContent('1');
    expect(first.getByTestId('risk-wait')).toHaveTextContent('0:45');
    expect(first.getByTestId('risk-state')).toHaveTextContent('Waiting');
    expect(first.getByTestId('risk-owner')).toHaveTextContent('—');
    expect(first.getByTestId('risk-reassign')).toBeInTheDocument();
    expect(first.getByTestId('risk-front')).toBeInTheDocument();
    expect(first.queryByTestId('monitor-open')).not.toBeInTheDocument();

    // Diamond stands out (filled); Gold is an outlined tag.
    expect(first.getByTestId('risk-tier')).toHaveAttribute('data-solid', 'true');
    expect(within(rowOf('contact-2')).getByTestId('risk-tier')).toHaveAttribute(
      'data-solid',
      'false',
    );

    const chat = within(rowOf('contact-7'));
    expect(chat.getByTestId('risk-state')).toHaveTextContent('Connected');
    expect(chat.getByTestId('risk-owner')).toHaveTextContent('Li Na');
    expect(chat.getByTestId('risk-reason')).toHaveTextContent('—');
    expect(chat.getByTestId('monitor-open')).toBeInTheDocument();
    expect(chat.queryByTestId('risk-reassign')).not.toBeInTheDocument();
  });

  it('shows hostile names as text, never as markup', () => {
    const hostile = '<script>window.pwned = true</script><img src=x onerror=alert(1)>';
    renderBoard([aRiskEntry({ customerName: hostile, ownerName: '<b>boss</b>' })]);

    expect(within(rows()[0]!).getByTestId('risk-customer')).toHaveTextContent(hostile);
    expect(within(rows()[0]!).getByTestId('risk-owner')).toHaveTextContent('<b>boss</b>');
    expect(document.querySelector('script, img[src="x"], b')).toBeNull();
  });

  it('reassigns a waiting contact to a signed-in agent of its queue, available ones first', async () => {
    const { user } = renderBoard();

    await user.click(within(rowOf('contact-1')).getByTestId('risk-reassign'));
    const dialog = await screen.findByTestId('reassign-dialog');
    expect(within(dialog).getByTestId('reassign-confirm')).toBeDisabled();
    fireEvent.mouseDown(within(screen.getByTestId('reassign-agent')).getByRole('combobox'));
    // Available first; an away agent is offered it when they are back; other queues and
    // signed-out agents are not listed.
    await waitFor(() => expect(optionLabels()).toEqual(['Li Na', 'Zhou Min', 'Chen Jie · Away']));
    pick('reassign-agent', 'Zhou Min');
    await user.click(within(dialog).getByTestId('reassign-confirm'));

    await waitFor(() => expect(screen.queryByTestId('reassign-dialog')).not.toBeInTheDocument());
    expect(requests()).toContain('POST /api/v1/console/contacts/contact-1/reassign');
    expect(bodyOf('POST /api/v1/console/contacts/contact-1/reassign')).toEqual({
      agentId: 'agent-3',
    });
  });

  it('keeps the dialog open with the reason when the gateway refuses a reassignment', async () => {
    const { user } = renderBoard();
    gateway.on.set('POST /api/v1/console/contacts/contact-1/reassign', () =>
      json(409, { error: { code: 'conflict', message: 'The contact was answered' } }),
    );

    await user.click(within(rowOf('contact-1')).getByTestId('risk-reassign'));
    await screen.findByTestId('reassign-dialog');
    pick('reassign-agent', 'Li Na');
    await user.click(screen.getByTestId('reassign-confirm'));

    expect(await screen.findByTestId('reassign-error')).toHaveTextContent(
      'Could not reassign: The contact was answered',
    );
  });

  it('says when the gateway sent only the riskiest of many contacts', () => {
    renderAsLead(
      <RiskBoard entries={[diamond, gold]} total={1375} />,
      aBoard({ risk: [diamond, gold], riskTotal: 1375 }),
      AGENTS,
    );
    expect(screen.getByTestId('risk-capped')).toHaveTextContent('The 2 riskiest of 1,375');
  });

  it('shows no such note when every contact is listed', () => {
    renderBoard();
    expect(screen.queryByTestId('risk-capped')).not.toBeInTheDocument();
  });

  it('says when no one is waiting, and shows the first contacts in the same scroll box', () => {
    let show: (entries: RiskBoardEntry[]) => void = () => undefined;
    function Board() {
      const [entries, setEntries] = useState<RiskBoardEntry[]>([]);
      show = setEntries;
      return <RiskBoard entries={entries} />;
    }
    renderAsLead(<Board />, aBoard({ risk: [] }), AGENTS);
    expect(screen.getByTestId('risk-empty')).toBeInTheDocument();
    const box = screen.getByTestId('risk-scroll');
    act(() => show([diamond, gold]));
    expect(screen.queryByTestId('risk-empty')).not.toBeInTheDocument();
    expect(rows().map((row) => row.getAttribute('data-contact-id'))).toEqual([
      'contact-1',
      'contact-2',
    ]);
    // Kept, not mounted anew: the windowing measures a new scroll box at once (a forced layout).
    expect(screen.getByTestId('risk-scroll')).toBe(box);
  });

  it('pulls a waiting contact to the front of its queue', async () => {
    const { user } = renderBoard();

    await user.click(within(rowOf('contact-2')).getByTestId('risk-front'));

    await waitFor(() =>
      expect(requests()).toContain('POST /api/v1/console/contacts/contact-2/front'),
    );
    expect(await screen.findByText('Moved to the front of the queue')).toBeInTheDocument();
  });

  it('monitors a live chat: the conversation so far, then live, whispers, and stops on close', async () => {
    const earlier = aChatMessage({ id: 'm-1', text: 'My car was towed <b>twice</b>' });
    const { user, sockets } = renderBoard();
    gateway.on.set('POST /api/v1/console/contacts/contact-7/monitor', () =>
      json(200, {
        contact: aContact({
          id: 'contact-7',
          channel: 'chat',
          state: 'active',
          ownerId: 'agent-2',
        }),
        messages: [earlier],
      }),
    );

    await user.click(within(rowOf('contact-7')).getByTestId('monitor-open'));

    const drawer = await screen.findByTestId('monitor-drawer');
    expect(requests()).toContain('POST /api/v1/console/contacts/contact-7/monitor');
    await waitFor(() =>
      expect(
        within(drawer)
          .getAllByTestId('chat-message-text')
          .map((m) => m.textContent),
      ).toEqual(['My car was towed <b>twice</b>']),
    );

    // The lead does not hold this chat; its live messages still reach the drawer.
    act(() =>
      sockets.latest().serverEmit(
        'chat.message',
        aChatMessage({
          id: 'm-2',
          sender: 'agent',
          authorName: 'Li Na',
          text: 'Let me check',
          sentAt: new Date(FIXTURE_NOW).toISOString(),
        }),
      ),
    );
    await waitFor(() => expect(within(drawer).getAllByTestId('chat-message')).toHaveLength(2));

    await user.click(within(drawer).getByTestId('whisper-input'));
    await user.paste('Offer the goodwill voucher');
    await user.click(within(drawer).getByTestId('whisper-send'));

    await waitFor(() =>
      expect(within(drawer).getByTestId('whisper-item')).toHaveTextContent(
        'Lead Lu: Offer the goodwill voucher',
      ),
    );
    expect(bodyOf('POST /api/v1/console/contacts/contact-7/whisper')).toEqual({
      text: 'Offer the goodwill voucher',
    });
    expect(within(drawer).getByTestId('whisper-input')).toHaveValue('');

    await user.click(screen.getByTestId('monitor-close'));

    await waitFor(() =>
      expect(requests()).toContain('DELETE /api/v1/console/contacts/contact-7/monitor'),
    );
    expect(requests().filter((r) => r.endsWith('/monitor'))).toEqual([
      'POST /api/v1/console/contacts/contact-7/monitor',
      'DELETE /api/v1/console/contacts/contact-7/monitor',
    ]);
  });

  it('says so when monitoring is refused', async () => {
    const { user } = renderBoard();
    gateway.on.set('POST /api/v1/console/contacts/contact-7/monitor', () =>
      json(409, { error: { code: 'conflict', message: 'The chat has ended' } }),
    );

    await user.click(within(rowOf('contact-7')).getByTestId('monitor-open'));

    expect(await screen.findByTestId('monitor-error')).toHaveTextContent(
      'Could not monitor: The chat has ended',
    );
    expect(screen.queryByTestId('whisper-input')).not.toBeInTheDocument();
  });
});
