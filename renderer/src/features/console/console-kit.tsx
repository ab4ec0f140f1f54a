import type { TFunction } from 'i18next';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_CHANNELS,
  RISK_BANDS,
  TIERS,
  type ContactChannel,
  type RiskBand,
  type Tier,
} from '../../../../shared/domain';
import { ALERT_RULES, type AlertRule } from '../../../../shared/schemas/console-alerts';
import { riskBoardEntrySchema, type RiskBoardEntry } from '../../../../shared/schemas/console';
import { useFormat, type Formatters } from '../pop/useFormat';

const ENTRY_STATES = riskBoardEntrySchema.shape.state.options;

const wordsFor = <K extends string>(keys: readonly K[], word: (key: K) => string) =>
  Object.fromEntries(keys.map((key) => [key, word(key)])) as Record<K, string>;

/**
 * What the console's rows need from i18n, worked out once per language: the words they repeat in
 * every row, the formatters and `t` for the rest. A pushed board redraws many rows several times a
 * second; each asking i18next for the same few words (and subscribing to it) was a large part of
 * the lead's render.
 */
export interface ConsoleKit {
  t: TFunction<'console'>;
  format: Formatters;
  language: string;
  words: {
    none: string;
    unknownCustomer: string;
    notScored: string;
    belowTarget: string;
    acknowledge: string;
    reassign: string;
    front: string;
    frontHint: string;
    monitor: string;
    channel: Record<ContactChannel, string>;
    entryState: Record<RiskBoardEntry['state'], string>;
    band: Record<RiskBand, string>;
    tier: Record<Tier, string>;
    rule: Record<AlertRule, string>;
  };
}

function useKitValue(): ConsoleKit {
  const { t, i18n } = useTranslation('console');
  const { t: tRisk } = useTranslation('risk');
  const { t: tPop } = useTranslation('pop');
  const format = useFormat();
  const language = i18n.language;
  return useMemo(
    () => ({
      t,
      format,
      language,
      words: {
        none: t('none'),
        unknownCustomer: t('risk.unknownCustomer'),
        notScored: t('risk.notScored'),
        belowTarget: t('queues.belowTarget'),
        acknowledge: t('alerts.acknowledge'),
        reassign: t('risk.reassign'),
        front: t('risk.front'),
        frontHint: t('risk.frontHint'),
        monitor: t('risk.monitor'),
        channel: wordsFor(CONTACT_CHANNELS, (channel) => t(`channel.${channel}`)),
        entryState: wordsFor(ENTRY_STATES, (state) => t(`entryState.${state}`)),
        band: wordsFor(RISK_BANDS, (band) => tRisk(`band.${band}`)),
        tier: wordsFor(TIERS, (tier) => tPop(`tier.${tier}`)),
        rule: wordsFor(ALERT_RULES, (rule) => t(`rule.${rule}`)),
      },
    }),
    [t, tRisk, tPop, format, language],
  );
}

const KitContext = createContext<ConsoleKit | null>(null);

/** Around a list of console rows: they read the kit from here (`useConsoleKit`). */
export function ConsoleKitProvider({ children }: { children: ReactNode }) {
  return <KitContext.Provider value={useKitValue()}>{children}</KitContext.Provider>;
}

/** The kit of the list this row is in (see ConsoleKit). */
export function useConsoleKit(): ConsoleKit {
  const kit = useContext(KitContext);
  if (kit === null) throw new Error('A console row is drawn outside a ConsoleKitProvider');
  return kit;
}
