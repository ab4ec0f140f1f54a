import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../pop/useFormat';
import { riskWords, type RiskWords } from './risk-words';

/** `riskWords` bound to the active language. */
export function useRiskWords(): RiskWords {
  const { t } = useTranslation('risk');
  const format = useFormat();
  return useMemo(() => riskWords(t, format), [t, format]);
}
