import { render } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EChart } from './EChart';
import type { ChartOption } from './echarts-core';

/** ECharts needs a canvas jsdom lacks: a fake instance records what the wrapper does with it. */
const fake = vi.hoisted(() => ({
  instances: [] as {
    element: HTMLElement;
    setOption: ReturnType<typeof vi.fn>;
    resize: ReturnType<typeof vi.fn>;
    dispose: ReturnType<typeof vi.fn>;
  }[],
}));
vi.mock('./echarts-core', () => ({
  initChart: (element: HTMLElement) => {
    const instance = { element, setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn() };
    fake.instances.push(instance);
    return instance;
  },
}));

let resizeCallbacks: ResizeObserverCallback[] = [];
const OriginalResizeObserver = globalThis.ResizeObserver;

beforeEach(() => {
  fake.instances.length = 0;
  resizeCallbacks = [];
  globalThis.ResizeObserver = class implements ResizeObserver {
    private readonly callback: ResizeObserverCallback;
    constructor(callback: ResizeObserverCallback) {
      this.callback = callback;
    }
    observe() {
      resizeCallbacks.push(this.callback);
    }
    unobserve() {}
    disconnect() {
      resizeCallbacks = resizeCallbacks.filter((callback) => callback !== this.callback);
    }
  };
});
afterEach(() => {
  globalThis.ResizeObserver = OriginalResizeObserver;
});

const bars = (data: number[]): ChartOption => ({ series: [{ type: 'bar', data }] });

describe('EChart', () => {
  it('draws on its div, follows its size, takes a new option whole, and cleans up', () => {
    const first = bars([1, 2]);
    const { rerender, unmount, getByRole } = render(
      <StrictMode>
        <EChart option={first} label="Contacts per hour" />
      </StrictMode>,
    );

    // StrictMode mounts twice: the first instance is disposed, one stays.
    const live = fake.instances.filter((instance) => instance.dispose.mock.calls.length === 0);
    expect(live).toHaveLength(1);
    const chart = live[0]!;
    expect(chart.element).toBe(getByRole('img', { name: 'Contacts per hour' }));
    expect(chart.setOption).toHaveBeenLastCalledWith(first, { notMerge: true });

    const observer = new ResizeObserver(() => undefined);
    resizeCallbacks.forEach((callback) => callback([], observer));
    expect(chart.resize).toHaveBeenCalledTimes(1);

    const second = bars([3]);
    rerender(
      <StrictMode>
        <EChart option={second} label="Contacts per hour" />
      </StrictMode>,
    );
    expect(chart.setOption).toHaveBeenLastCalledWith(second, { notMerge: true });

    unmount();
    expect(chart.dispose).toHaveBeenCalledTimes(1);
    expect(resizeCallbacks).toHaveLength(0);
  });
});
