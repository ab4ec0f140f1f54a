/**
 * The timeline benchmark page (`npm run bench:timeline`): mounts TimelinePanel with generated
 * touchpoints and exposes `window.timelineBench` for the driver script to time in Chromium.
 *
 * - `mount`: the fair figure. As in the product, the app shell (QueryClient, i18n, ConfigProvider,
 *   antd App) is mounted once and stays; only the panel with its touchpoints is mounted into it.
 * - `mountCold`: a fresh `createRoot` + the provider tree + the panel, all timed.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { useLayoutEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { I18nextProvider } from 'react-i18next';
import { ANOMALIES, JOURNEY_STAGES, TOUCHPOINT_CHANNELS } from '../../../../../shared/domain';
import type { PopBundle } from '../../../../../shared/schemas/pop';
import type { TimelinePage, Touchpoint } from '../../../../../shared/schemas/touchpoint';
import { createI18n } from '../../../i18n/create-i18n';
import { TimelinePanel } from '../TimelinePanel';

const NOW = Date.now();
const PARTNERS = ['Anji Roadside Rescue', 'Dongfang Loss Adjusters', null, null, null];

function generate(count: number, customer: number): Touchpoint[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `tp-${String(customer)}-${String(i)}`,
    occurredAt: new Date(NOW - (i + 1) * 37 * 60_000).toISOString(),
    channel: TOUCHPOINT_CHANNELS[i % TOUCHPOINT_CHANNELS.length] ?? 'portal',
    stage: JOURNEY_STAGES[Math.floor(i / 4) % JOURNEY_STAGES.length] ?? 'claim',
    kind: 'page.view',
    summary: `Touchpoint ${String(i)}: the customer checked the status of their claim again`,
    partnerName: PARTNERS[i % PARTNERS.length] ?? null,
    claimId: i % 11 === 0 ? 'clm-1' : null,
    policyId: null,
    dwellSeconds: i % 5 === 0 ? 420 : null,
    anomaly: i % 7 === 3 ? (ANOMALIES[i % ANOMALIES.length] ?? null) : null,
  }));
}

const sources: Pick<PopBundle, 'claims' | 'complaints' | 'promises'> = {
  claims: [
    {
      id: 'clm-1',
      policyId: 'pol-1',
      status: 'assessing',
      description: 'Rear-end collision',
      reportedAt: new Date(NOW - 12 * 86_400_000).toISOString(),
      promisedAt: new Date(NOW - 3 * 86_400_000).toISOString(),
      closedAt: null,
      amountClaimedMinor: 1_850_000,
      amountPaidMinor: null,
      adjuster: null,
      rescue: null,
    },
  ],
  complaints: [],
  promises: [],
};

const i18n = createI18n('en');
const host = document.getElementById('root') ?? document.body;
let mounts = 0;

/**
 * Timelines of a few customers, built once per size and taken in turn. In the product the panel
 * mounts with touchpoints that have sat in the query cache since they arrived (parsed, validated,
 * long out of the young heap); generating 10,000 fresh objects right before each timed mount
 * instead made the mount pay a young-generation collection that copies them all (~16 ms each,
 * every few mounts), a cost of the benchmark's own data, not of mounting.
 */
const CUSTOMERS = 4;
const timelines = new Map<number, TimelinePage[]>();

function page(count: number): TimelinePage {
  const pages =
    timelines.get(count) ??
    Array.from({ length: CUSTOMERS }, (_, customer) => ({
      items: generate(count, customer),
      total: count,
      nextCursor: null,
    }));
  timelines.set(count, pages);
  const timeline = pages[mounts % CUSTOMERS];
  if (!timeline) throw new Error('no timeline generated');
  return timeline;
}

function Shell({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <ConfigProvider>
          <AntApp style={{ height: '100vh', display: 'flex' }}>{children}</AntApp>
        </ConfigProvider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}

function panel(timeline: TimelinePage) {
  mounts += 1;
  return (
    <TimelinePanel key={mounts} customerId="cust-bench" timeline={timeline} sources={sources} />
  );
}

const coldHost = document.createElement('div');
let coldRoot: Root | null = null;

// --- fair: the shell stays mounted; a slot inside it receives the panel ---------------------
const shellHost = document.createElement('div');
host.append(shellHost, coldHost);
const shellQueryClient = new QueryClient();
let setSlot: (node: ReactNode) => void = () => undefined;
const registerSlot = (set: (node: ReactNode) => void) => {
  setSlot = set;
};
function Slot() {
  const [node, set] = useState<ReactNode>(null);
  useLayoutEffect(() => registerSlot(set), [set]);
  return node;
}
const shellRoot = createRoot(shellHost);
flushSync(() => {
  shellRoot.render(
    <Shell queryClient={shellQueryClient}>
      <Slot />
    </Shell>,
  );
});

function mount(count: number): number {
  coldRoot?.unmount();
  coldRoot = null;
  coldHost.replaceChildren();
  const timeline = page(count);
  flushSync(() => setSlot(null));
  shellHost.getBoundingClientRect();
  const started = performance.now();
  flushSync(() => setSlot(panel(timeline)));
  // Layout of what was committed is part of the mount the agent waits for.
  shellHost.getBoundingClientRect();
  return performance.now() - started;
}

// --- cold: root + providers + panel, all timed ----------------------------------------------
function mountCold(count: number): number {
  flushSync(() => setSlot(null));
  coldRoot?.unmount();
  coldHost.replaceChildren();
  const timeline = page(count);
  const started = performance.now();
  coldRoot = createRoot(coldHost);
  flushSync(() => {
    coldRoot?.render(<Shell queryClient={new QueryClient()}>{panel(timeline)}</Shell>);
  });
  coldHost.getBoundingClientRect();
  return performance.now() - started;
}

declare global {
  interface Window {
    timelineBench: { mount: (count: number) => number; mountCold: (count: number) => number };
  }
}
window.timelineBench = { mount, mountCold };
