import { ConfigProvider } from 'antd';
import { useContext, useEffect, useRef } from 'react';
import { initChart, type ChartOption, type EChartsType } from './echarts-core';

export interface EChartProps {
  option: ChartOption;
  /** What the chart shows, for screen readers (a canvas says nothing by itself). */
  label: string;
  height?: number;
  'data-testid'?: string;
}

/**
 * One ECharts instance on a div: created on mount, resized with its box, disposed on unmount.
 * A new `option` replaces the previous one whole (`notMerge`), so a series that disappears
 * from the data disappears from the chart; callers memoise it to avoid needless repaints.
 */
export function EChart({ option, label, height = 260, 'data-testid': testId }: EChartProps) {
  const { direction } = useContext(ConfigProvider.ConfigContext);
  const elementRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);

  // Sync with ECharts (outside React): one instance per mounted div.
  useEffect(() => {
    const element = elementRef.current;
    if (element === null) return;
    const chart = initChart(element, null, { renderer: 'canvas' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  // Declared after the instance's effect, so it runs after it on mount (and on remount).
  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={elementRef}
      role="img"
      aria-label={label}
      data-testid={testId}
      // The tooltip is HTML inside this div: it reads in the page's direction.
      dir={direction ?? 'ltr'}
      style={{ width: '100%', height }}
    />
  );
}
