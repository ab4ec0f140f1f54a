import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { WorklistItem } from '../../../../shared/schemas/risk';
import { renderWithProviders, signedInState } from '../../../../test/setup/renderer-providers';
import { anOffer, renderWorkspace } from '../../commands/test-utils';
import { daysFromNow, FIXTURE_NOW } from '../pop/test-fixtures';
import { aMediumRisk, aWorklistItem } from '../risk/test-fixtures';
import { WorklistPage } from './WorklistPage';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const lateClaim = aWorklistItem();
const premiumRise = aWorklistItem({
  id: 'wl-2',
  customerId: 'cust-002',
  customerName: 'Zhao Min',
  tier: 'gold',
  score: 48,
  band: 'medium',
  reason: aMediumRisk().reason,
  action: 'sms',
  notBefore: daysFromNow(0.5),
});
const claimedByMe = (item: WorklistItem): WorklistItem => ({
  ...item,
  status: 'claimed',
  claimedBy: 'agent-1',
  claimedByName: 'Lin Wei',
  claimedAt: daysFromNow(0),
});

let fetchMock: MockInstance<typeof fetch>;
type Handler = (init: RequestInit | undefined) => Response | Promise<Response>;

/**
 * A fake gateway behind `fetch`: the list answers from `worklist` (filtered by `status` as the
 * real one does); POSTs answer from `on[...]`, set per test. Every call gets a fresh Response.
 */
const gateway = {
  worklist: [] as WorklistItem[],
  on: new Map<string, Handler>(),
};

/** apiFetch calls `fetch` with a URL string. */
const urlOf = (input: RequestInfo | URL) =>
  new URL(input instanceof Request ? input.url : input.toString());

/** Requests the page made, as `METHOD path?query`. */
const requests = () =>
  fetchMock.mock.calls.map(([input, init]) => {
    const { pathname, search } = urlOf(input);
    return `${init?.method ?? 'GET'} ${pathname}${search}`;
  });
const bodyOf = (request: string) => {
  const body = fetchMock.mock.calls[requests().indexOf(request)]?.[1]?.body;
  return typeof body === 'string' ? (JSON.parse(body) as unknown) : body;
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FIXTURE_NOW);
  gateway.worklist = [];
  gateway.on.clear();
  fetchMock = vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const url = urlOf(input);
    const handler = gateway.on.get(`${init?.method ?? 'GET'} ${url.pathname}`);
    if (handler !== undefined) return Promise.resolve(handler(init));
    const status = url.searchParams.get('status');
    const items = gateway.worklist.filter((item) =>
      status === null ? item.status !== 'done' : item.status === status,
    );
    return Promise.resolve(json(200, { items, total: items.length }));
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function renderWorklist(items: WorklistItem[]) {
  gateway.worklist = items;
  return renderWithProviders(<WorklistPage />, { state: signedInState() });
}

const rows = () => screen.getAllByTestId('worklist-item');

/** Opens an antd Select by its test id and picks the option with this label. */
function pick(testId: string, label: string) {
  fireEvent.mouseDown(within(screen.getByTestId(testId)).getByRole('combobox'));
  const option = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
    (element) => element.textContent === label,
  );
  if (!option) throw new Error(`no option ${label}`);
  fireEvent.click(option);
}

describe('WorklistPage', () => {
  it('lists the customers to reach, highest risk first, with why and what to do', async () => {
    renderWorklist([lateClaim, premiumRise]);

    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(requests()).toContain('GET /api/v1/preemption/worklist?limit=50');
    const [first, second] = rows();
    expect(within(first!).getByTestId('worklist-customer')).toHaveTextContent('Wang Li');
    expect(within(first!).getByTestId('worklist-tier')).toHaveTextContent('Diamond');
    expect(within(first!).getByTestId('risk-band')).toHaveTextContent('High risk');
    expect(within(first!).getByRole('progressbar')).toHaveAccessibleName('Risk score 82 of 100');
    expect(within(first!).getByTestId('risk-sentence')).toHaveTextContent(
      /^About claim C-2031: the claim is past its promised date/,
    );
    expect(within(first!).getByTestId('worklist-action')).toHaveTextContent('Suggested: Call back');
    expect(within(first!).getByTestId('worklist-status')).toHaveTextContent('Open');
    expect(within(first!).queryByTestId('worklist-not-before')).not.toBeInTheDocument();

    expect(within(second!).getByTestId('worklist-customer')).toHaveTextContent('Zhao Min');
    expect(within(second!).getByTestId('risk-band')).toHaveTextContent('Medium risk');
    expect(within(second!).getByTestId('worklist-action')).toHaveTextContent(
      'Suggested: Send an SMS',
    );
    expect(within(second!).getByTestId('worklist-not-before')).toHaveTextContent(
      /^Not before Jun 15, 2025.* \(quiet hours\)$/,
    );
    expect(screen.getByTestId('worklist-count')).toHaveTextContent('2 of 2');
  });

  it('asks the gateway for one status when the agent filters', async () => {
    const { user } = renderWorklist([lateClaim]);
    await waitFor(() => expect(rows()).toHaveLength(1));

    await user.click(screen.getByTestId('worklist-filter-done'));

    expect(await screen.findByTestId('worklist-empty')).toHaveTextContent(
      'Nobody to reach right now',
    );
    expect(requests()).toContain('GET /api/v1/preemption/worklist?status=done&limit=50');
  });

  it('claims an item, keeping the button disabled until the gateway answers', async () => {
    const { user } = renderWorklist([lateClaim]);
    const claim = await screen.findByTestId('worklist-claim');
    let answer: (response: Response) => void = () => undefined;
    gateway.on.set(
      'POST /api/v1/preemption/worklist/wl-1/claim',
      () => new Promise<Response>((resolve) => (answer = resolve)),
    );

    await user.click(claim);

    expect(requests()).toContain('POST /api/v1/preemption/worklist/wl-1/claim');
    await waitFor(() => expect(claim).toBeDisabled());
    act(() => answer(json(200, claimedByMe(lateClaim))));

    expect(await screen.findByTestId('worklist-claimed-by')).toHaveTextContent('Claimed by you');
    expect(screen.getByTestId('worklist-status')).toHaveTextContent('Claimed');
    expect(screen.queryByTestId('worklist-claim')).not.toBeInTheDocument();
    expect(screen.getByTestId('worklist-outcome-form')).toBeInTheDocument();
  });

  it('says clearly when someone else claimed it first, and shows who has it now', async () => {
    const { user } = renderWorklist([lateClaim]);
    gateway.on.set('POST /api/v1/preemption/worklist/wl-1/claim', () => {
      gateway.worklist = [{ ...claimedByMe(lateClaim), claimedBy: 'agent-7', claimedByName: 'Chen Jing' }];
      return json(409, { error: { code: 'conflict', message: 'Already claimed by agent-7' } });
    });

    await user.click(await screen.findByTestId('worklist-claim'));

    expect(await screen.findByTestId('worklist-claim-error')).toHaveTextContent(
      'Someone else claimed this customer first.',
    );
    expect(await screen.findByTestId('worklist-claimed-by')).toHaveTextContent(
      'Claimed by Chen Jing',
    );
  });

  it('posts the outcome of an item the agent holds, which then leaves the to-do list', async () => {
    const { user } = renderWorklist([claimedByMe(lateClaim)]);
    await screen.findByTestId('worklist-outcome-form');
    expect(screen.getByTestId('worklist-outcome-submit')).toBeDisabled();
    gateway.on.set('POST /api/v1/preemption/worklist/wl-1/outcome', () =>
      json(200, {
        ...claimedByMe(lateClaim),
        status: 'done',
        outcome: 'no_answer',
        note: 'Left a voicemail',
      }),
    );

    pick('worklist-outcome', 'No answer');
    await user.click(screen.getByTestId('worklist-note'));
    await user.paste('  Left a voicemail ');
    await user.click(screen.getByTestId('worklist-outcome-submit'));

    expect(await screen.findByTestId('worklist-empty')).toBeInTheDocument();
    expect(bodyOf('POST /api/v1/preemption/worklist/wl-1/outcome')).toEqual({
      outcome: 'no_answer',
      note: 'Left a voicemail',
    });
  });

  it('shows a change another agent made as soon as the gateway pushes it', async () => {
    const { sockets } = renderWorklist([lateClaim, premiumRise]);
    await waitFor(() => expect(rows()).toHaveLength(2));

    act(() =>
      sockets.latest().serverEmit('worklist.updated', {
        ...premiumRise,
        status: 'claimed',
        claimedBy: 'agent-7',
        claimedByName: 'Chen Jing',
        claimedAt: daysFromNow(0),
      }),
    );

    await waitFor(() => expect(rows()[1]).toHaveAttribute('data-status', 'claimed'));
    const second = rows()[1]!;
    expect(within(second).getByTestId('worklist-claimed-by')).toHaveTextContent(
      'Claimed by Chen Jing',
    );
    expect(within(second).queryByTestId('worklist-claim')).not.toBeInTheDocument();
  });
});

describe('the worklist in the workspace', () => {
  it('opens with Ctrl+Alt+W and gives way to a contact that pops', async () => {
    gateway.worklist = [lateClaim];
    const { socket, user } = await renderWorkspace();
    expect(screen.getByTestId('worklist-open')).toHaveAttribute(
      'aria-keyshortcuts',
      'Control+Alt+W',
    );

    await user.keyboard('{Control>}{Alt>}W{/Alt}{/Control}');
    expect(await screen.findByTestId('worklist')).toBeInTheDocument();
    expect(screen.queryByTestId('idle')).not.toBeInTheDocument();

    act(() => socket.serverEmit('contact.offered', anOffer('contact-1')));
    expect(await screen.findByTestId('active-contact')).toBeInTheDocument();
    expect(screen.queryByTestId('worklist')).not.toBeInTheDocument();
  });

  it('goes back to the contacts from the header', async () => {
    const { user } = await renderWorkspace();

    await user.click(screen.getByTestId('worklist-open'));
    await screen.findByTestId('worklist-empty');
    await user.click(screen.getByTestId('workspace-contacts'));

    expect(await screen.findByTestId('idle')).toBeInTheDocument();
  });
});
