import type { AgentState, Language } from '../../shared/domain.js';

/**
 * The few words the main process shows itself (the tray, for now), in the agent's language.
 * Everything about a contact (notification text included) comes translated from the renderer;
 * these are only main's own chrome. Terms match the renderer's (workspace presence labels).
 * Each table must have every key (`satisfies Record<Language, MainStrings>`), so a missing
 * translation is a type error, not a blank menu item.
 */
export interface MainStrings {
  /** The agent's presence, as the renderer names it. */
  readonly presence: Readonly<Record<AgentState, string>>;
  /** The tray's status line while nobody is signed in. */
  readonly signedOut: string;
  /** `count` (already formatted for the language) contacts waiting in the agent's queues. */
  readonly waiting: (count: string) => string;
  /** Joins the presence and the waiting count on one line. */
  readonly separator: string;
  /** Tray menu: bring the main window forward. */
  readonly showApp: string;
  /** Tray menu: quit the app. */
  readonly quit: string;
}

const en = {
  presence: {
    available: 'Available',
    on_contact: 'On a contact',
    wrap_up: 'Wrapping up',
    away: 'Away',
    offline: 'Offline',
  },
  signedOut: 'Signed out',
  waiting: (count) => `${count} waiting`,
  separator: ' · ',
  showApp: 'Show Firebreak',
  quit: 'Quit',
} satisfies MainStrings;

const zhCN = {
  presence: {
    available: '空闲',
    on_contact: '接触中',
    wrap_up: '话后处理',
    away: '离开',
    offline: '离线',
  },
  signedOut: '未登录',
  waiting: (count) => `${count} 人排队`,
  separator: ' · ',
  showApp: '显示 Firebreak',
  quit: '退出',
} satisfies MainStrings;

const fa = {
  presence: {
    available: 'آماده',
    on_contact: 'در تماس',
    wrap_up: 'در حال جمع‌بندی',
    away: 'غایب',
    offline: 'آفلاین',
  },
  signedOut: 'خارج از حساب',
  waiting: (count) => `${count} در انتظار`,
  separator: ' · ',
  showApp: 'نمایش Firebreak',
  quit: 'خروج',
} satisfies MainStrings;

export const MAIN_STRINGS = { 'zh-CN': zhCN, en, fa } as const satisfies Record<
  Language,
  MainStrings
>;

export function mainStrings(language: Language): MainStrings {
  return MAIN_STRINGS[language];
}

/** A count in the language's digits and grouping (Persian digits for fa, as the renderer shows). */
export function formatCount(language: Language, count: number): string {
  return new Intl.NumberFormat(language).format(count);
}
