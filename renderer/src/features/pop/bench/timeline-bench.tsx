/**
 * The timeline benchmark page (`npm run bench:timeline`): mounts TimelinePanel with generated
 * touchpoints and exposes `window.timelineBench` for the driver script to time in Chromium.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { I18nextProvider } from 'react-i18next';
import { ANOMALIES, JOURNEY_STAGES, TOUCHPOINT_CHANNELS } from '../../../../../shared/domain';
import type { PopBundle } from '../../../../../shared/schemas/pop';
import type { Touchpoint } from '../../../../../shared/schemas/touchpoint';
import { createI18n } from '../../../i18n/create-i18n';
import { TimelinePanel } from '../TimelinePanel';

const NOW = Date.now();
const PARTNERS = ['Anji Roadside Rescue', 'Dongfang Loss Adjusters', null, null, null];

function generate(count: number): Touchpoint[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `tp-${String(i)}`,
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
let root: Root | null = null;
let mounts = 0;

function mount(count: number): number {
  const items = generate(count);
  const timeline = { items, total: count, nextCursor: null };
  root?.unmount();
  host.replaceChildren();
  const started = performance.now();
  root = createRoot(host);
  mounts += 1;
  flushSync(() => {
    root?.render(
      <QueryClientProvider client={new QueryClient()}>
        <I18nextProvider i18n={i18n}>
          <ConfigProvider>
            <AntApp style={{ height: '100vh', display: 'flex' }}>
              <TimelinePanel
                key={mounts}
                customerId="cust-bench"
                timeline={timeline}
                sources={sources}
              />
            </AntApp>
          </ConfigProvider>
        </I18nextProvider>
      </QueryClientProvider>,
    );
  });
  // Layout of what was committed is part of the mount the agent waits for.
  host.getBoundingClientRect();
  return performance.now() - started;
}

declare global {
  interface Window {
    timelineBench: { mount: (count: number) => number };
  }
}
window.timelineBench = { mount };
