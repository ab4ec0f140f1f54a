import { ConfigProvider, theme } from 'antd';
import { useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatPercent } from '../../pop/format';
import { formatDay, formatHour } from './trend-format';
import type { ChartWords } from './trend-options';

/** The charts' words for the language in force: its formats, direction, font and the theme's colours. */
export function useChartWords(): ChartWords {
  const { i18n } = useTranslation('trends');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const { direction } = useContext(ConfigProvider.ConfigContext);
  const { fontFamily, colorPrimary, colorError, colorSuccess, colorWarning } =
    theme.useToken().token;
  return useMemo(
    () => ({
      rtl: direction === 'rtl',
      fontFamily,
      colors: {
        contacts: colorPrimary,
        abandoned: colorError,
        serviceLevel: colorSuccess,
        averageRisk: colorWarning,
        highRisk: colorError,
      },
      hour: (iso: string) => formatHour(iso, locale),
      day: (isoDate: string) => formatDay(isoDate, locale),
      count: (n: number) => formatCount(n, locale),
      percent: (ratio: number) => formatPercent(ratio, locale),
    }),
    [direction, locale, fontFamily, colorPrimary, colorError, colorSuccess, colorWarning],
  );
}
