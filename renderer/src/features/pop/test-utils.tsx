/** Rendering helpers for the pop tests: a fresh QueryClient and the app's own i18next setup. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../../../shared/domain';
import { createI18n } from '../../i18n/create-i18n';
import { LANGUAGE_INFO } from '../../i18n/languages';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

interface RenderPopOptions {
  lng?: Language;
  queryClient?: QueryClient;
}

export function renderPop(ui: ReactElement, options: RenderPopOptions = {}) {
  const queryClient = options.queryClient ?? createTestQueryClient();
  const lng = options.lng ?? 'en';
  const i18n = createI18n(lng);
  const result = render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <ConfigProvider direction={LANGUAGE_INFO[lng].dir}>{ui}</ConfigProvider>
      </I18nextProvider>
    </QueryClientProvider>,
  );
  return { ...result, queryClient, i18n };
}

/**
 * jsdom has no layout, so the virtualized timeline would see a 0 px viewport and render no
 * rows. Give its scroll box a realistic size (restore with `vi.restoreAllMocks()`).
 */
export function stubTimelineViewport(height = 720, width = 600): void {
  const isTimelineScroll = (element: Element) =>
    element instanceof HTMLElement && element.dataset.testid === 'timeline-scroll';
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockImplementation(function (this: Element) {
    return isTimelineScroll(this) ? height : 0;
  });
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(function (this: Element) {
    return isTimelineScroll(this) ? width : 0;
  });
}
