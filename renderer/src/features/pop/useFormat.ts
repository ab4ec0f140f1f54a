import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatDuration,
  formatMoney,
  formatPercent,
  formatRelative,
} from './format';

/** The `format.ts` helpers bound to the active i18n language. */
export function useFormat() {
  const { i18n } = useTranslation('pop');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(
    () => ({
      locale,
      date: (iso: string) => formatDate(iso, locale),
      dateTime: (iso: string) => formatDateTime(iso, locale),
      relative: (iso: string, now: number) => formatRelative(iso, now, locale),
      money: (minor: number) => formatMoney(minor, locale),
      percent: (ratio: number) => formatPercent(ratio, locale),
      count: (n: number) => formatCount(n, locale),
      duration: (seconds: number) => formatDuration(seconds, locale),
    }),
    [locale],
  );
}

export type Formatters = ReturnType<typeof useFormat>;
