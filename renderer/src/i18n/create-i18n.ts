import i18next, { type i18n } from 'i18next';
import { LANGUAGES, type Language } from '../../../shared/domain';
import commandsEn from '../commands/locales/en';
import commandsFa from '../commands/locales/fa';
import commandsZhCN from '../commands/locales/zh-CN';
import chatEn from '../features/chat/locales/en';
import chatFa from '../features/chat/locales/fa';
import chatZhCN from '../features/chat/locales/zh-CN';
import matchingEn from '../features/matching/locales/en';
import matchingFa from '../features/matching/locales/fa';
import matchingZhCN from '../features/matching/locales/zh-CN';
import popEn from '../features/pop/locales/en';
import popFa from '../features/pop/locales/fa';
import popZhCN from '../features/pop/locales/zh-CN';
import riskEn from '../features/risk/locales/en';
import riskFa from '../features/risk/locales/fa';
import riskZhCN from '../features/risk/locales/zh-CN';
import worklistEn from '../features/worklist/locales/en';
import worklistFa from '../features/worklist/locales/fa';
import worklistZhCN from '../features/worklist/locales/zh-CN';
import workspaceEn from '../features/workspace/locales/en';
import workspaceFa from '../features/workspace/locales/fa';
import workspaceZhCN from '../features/workspace/locales/zh-CN';
import wrapupEn from '../features/wrapup/locales/en';
import wrapupFa from '../features/wrapup/locales/fa';
import wrapupZhCN from '../features/wrapup/locales/zh-CN';
import transferEn from '../features/transfer/locales/en';
import transferFa from '../features/transfer/locales/fa';
import transferZhCN from '../features/transfer/locales/zh-CN';
import consoleEn from '../features/console/locales/en';
import consoleFa from '../features/console/locales/fa';
import consoleZhCN from '../features/console/locales/zh-CN';
import trendsEn from '../features/console/trends/locales/en';
import trendsFa from '../features/console/trends/locales/fa';
import trendsZhCN from '../features/console/trends/locales/zh-CN';
import settingsEn from '../features/settings/locales/en';
import settingsFa from '../features/settings/locales/fa';
import settingsZhCN from '../features/settings/locales/zh-CN';
import outboxEn from '../outbox/locales/en';
import outboxFa from '../outbox/locales/fa';
import outboxZhCN from '../outbox/locales/zh-CN';
import commonEn from './locales/en';
import commonFa from './locales/fa';
import commonZhCN from './locales/zh-CN';
import { FALLBACK_LANGUAGE } from './languages';

export const I18N_NAMESPACES = [
  'common',
  'pop',
  'commands',
  'matching',
  'risk',
  'worklist',
  'chat',
  'workspace',
  'wrapup',
  'transfer',
  'console',
  'trends',
  'settings',
  'outbox',
] as const;

const resources = {
  'zh-CN': {
    common: commonZhCN,
    pop: popZhCN,
    commands: commandsZhCN,
    matching: matchingZhCN,
    risk: riskZhCN,
    worklist: worklistZhCN,
    chat: chatZhCN,
    workspace: workspaceZhCN,
    wrapup: wrapupZhCN,
    transfer: transferZhCN,
    console: consoleZhCN,
    trends: trendsZhCN,
    settings: settingsZhCN,
    outbox: outboxZhCN,
  },
  en: {
    common: commonEn,
    pop: popEn,
    commands: commandsEn,
    matching: matchingEn,
    risk: riskEn,
    worklist: worklistEn,
    chat: chatEn,
    workspace: workspaceEn,
    wrapup: wrapupEn,
    transfer: transferEn,
    console: consoleEn,
    trends: trendsEn,
    settings: settingsEn,
    outbox: outboxEn,
  },
  fa: {
    common: commonFa,
    pop: popFa,
    commands: commandsFa,
    matching: matchingFa,
    risk: riskFa,
    worklist: worklistFa,
    chat: chatFa,
    workspace: workspaceFa,
    wrapup: wrapupFa,
    transfer: transferFa,
    console: consoleFa,
    trends: trendsFa,
    settings: settingsFa,
    outbox: outboxFa,
  },
} satisfies Record<Language, Record<(typeof I18N_NAMESPACES)[number], object>>;

/**
 * A ready i18next instance with every bundle loaded (synchronously: no flash of keys).
 * One per app, one per test; handed to React through `I18nextProvider`.
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: [...I18N_NAMESPACES],
    defaultNS: 'common',
    resources,
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
  });
  return instance;
}
