import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrendsQuery } from '../../../../../shared/schemas/console-trends';
import { formatSpan } from './trend-format';

/** The spans a lead can look back over. */
export const TREND_HOURS = [4, 8, 24] as const;
export const TREND_DAYS = [7, 14, 30] as const;
export const DEFAULT_TRENDS_RANGE: TrendsQuery = { hours: 8, days: 14 };

/** Two pickers: how many hours the hourly charts cover, how many days the daily ones. */
export function TrendsRange({
  range,
  onChange,
}: {
  range: TrendsQuery;
  onChange: (range: TrendsQuery) => void;
}) {
  const { t, i18n } = useTranslation('trends');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const options = (values: readonly number[], unit: 'hour' | 'day', testId: string) =>
    values.map((value) => ({
      value,
      label: <span data-testid={`${testId}-${value}`}>{formatSpan(value, unit, locale)}</span>,
    }));
  return (
    <>
      <Segmented<number>
        data-testid="trends-hours"
        aria-label={t('range.hours')}
        size="small"
        value={range.hours}
        onChange={(hours) => onChange({ ...range, hours })}
        options={options(TREND_HOURS, 'hour', 'trends-hours')}
      />
      <Segmented<number>
        data-testid="trends-days"
        aria-label={t('range.days')}
        size="small"
        value={range.days}
        onChange={(days) => onChange({ ...range, days })}
        options={options(TREND_DAYS, 'day', 'trends-days')}
      />
    </>
  );
}
