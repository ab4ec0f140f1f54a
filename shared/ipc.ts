import { z } from 'zod';
import { AGENT_STATES, CONTACT_CHANNELS, LANGUAGES, RISK_BANDS, TIERS } from './domain.js';
import type { DeepLink } from './deep-link.js';
import { agentSchema, refreshTokenSchema } from './schemas/auth.js';
import { isoDateTime } from './schemas/common.js';
import { desktopSettingsPatchSchema, desktopSettingsSchema } from './desktop-settings.js';
import type { DesktopSettings, DesktopSettingsPatch } from './desktop-settings.js';

/**
 * The one IPC contract between the Electron main process and the preload.
 * Channel names are `domain:verb`; invokes go renderer → main, pushes main → renderer on the one
 * `desktop:command` channel. Main parses every request and its own response against this.
 */
export const desktopConfigSchema = z.object({
  gatewayUrl: z.url(),
  appVersion: z.string(),
  platform: z.string(),
});
export type DesktopConfig = z.infer<typeof desktopConfigSchema>;

/**
 * Where the session is kept between launches: `os` = encrypted with the OS key store
 * (Keychain, DPAPI, libsecret/kwallet); `none` = the OS offers no real key store, so the tokens
 * are never written to disk and the agent signs in again after a restart (the app says so).
 */
export const KEY_STORES = ['os', 'none'] as const;
export type KeyStore = (typeof KEY_STORES)[number];

/**
 * The session the desktop keeps between launches: what sign-in answered, saved again after every
 * refresh (the refresh token rotates; an old one would end the session). It lives until
 * `refreshExpiresAt`; the access token (`token`, `expiresAt`) is short-lived and refreshed.
 */
export const storedSessionSchema = z.object({
  sessionId: z.string().min(1).max(128),
  token: z.string().min(1).max(4096),
  expiresAt: isoDateTime,
  refreshToken: refreshTokenSchema,
  refreshExpiresAt: isoDateTime,
  agent: agentSchema,
});
export type StoredSession = z.infer<typeof storedSessionSchema>;

/** A ringing offer, as the renderer describes it to main for the OS's attention features. */
export const offerAttentionSchema = z.object({
  contactId: z.string().min(1).max(64),
  channel: z.enum(CONTACT_CHANNELS),
  customerName: z.string().max(120).nullable(),
  tier: z.enum(TIERS).nullable(),
  risk: z
    .object({ score: z.number().int().min(0).max(100), band: z.enum(RISK_BANDS) })
    .nullable(),
  /** The predicted reason for the call, in the agent's language. */
  reason: z.string().max(200).nullable(),
  /** The OS notification's text, already in the agent's language (main shows it as plain text). */
  notification: z.object({ title: z.string().min(1).max(120), body: z.string().max(300) }),
});
export type OfferAttention = z.infer<typeof offerAttentionSchema>;

export const trayStatusSchema = z.object({
  /** null while signed out. */
  presence: z.enum(AGENT_STATES).nullable(),
  /** Contacts waiting in the agent's queues. */
  waiting: z.number().int().min(0).max(1_000_000),
  /** The language for the tray's menu. */
  language: z.enum(LANGUAGES),
});
export type TrayStatus = z.infer<typeof trayStatusSchema>;

/** Which window may call a channel: the main window, the compact pop window, or both. */
export type IpcSenderRole = 'main' | 'pop';

const contract = <Req extends z.ZodType, Res extends z.ZodType>(
  request: Req,
  response: Res,
  senders: readonly IpcSenderRole[] = ['main'],
) => ({ request, response, senders });

export const ipcInvokeContract = {
  'config:get': contract(z.undefined(), desktopConfigSchema),
  'app:renderer-ready': contract(z.undefined(), z.undefined(), ['main', 'pop']),
  'shell:open-external': contract(
    z.object({ url: z.string().max(2048) }),
    z.object({ opened: z.boolean() }),
  ),
  'settings:get': contract(z.undefined(), desktopSettingsSchema),
  'settings:update': contract(
    desktopSettingsPatchSchema,
    z.object({
      settings: desktopSettingsSchema,
      /** The change takes effect after a restart (the gateway URL). */
      restartNeeded: z.boolean(),
    }),
  ),
  'session:load': contract(
    z.undefined(),
    z.object({ session: storedSessionSchema.nullable(), keyStore: z.enum(KEY_STORES) }),
  ),
  'session:save': contract(
    storedSessionSchema,
    z.object({ stored: z.boolean(), keyStore: z.enum(KEY_STORES) }),
  ),
  'session:clear': contract(z.undefined(), z.undefined()),
  'attention:offer': contract(offerAttentionSchema, z.object({ notified: z.boolean() })),
  'attention:offer-ended': contract(
    z.object({ contactId: z.string().min(1).max(64) }),
    z.undefined(),
  ),
  'tray:update': contract(trayStatusSchema, z.undefined()),
  'pop-window:current': contract(z.undefined(), offerAttentionSchema.nullable(), ['pop']),
  'pop-window:accept': contract(
    z.object({ contactId: z.string().min(1).max(64) }),
    z.undefined(),
    ['pop'],
  ),
} as const;

export type IpcInvokeChannel = keyof typeof ipcInvokeContract;
export type IpcRequest<C extends IpcInvokeChannel> = z.infer<(typeof ipcInvokeContract)[C]['request']>;
export type IpcResponse<C extends IpcInvokeChannel> = z.infer<(typeof ipcInvokeContract)[C]['response']>;

/** The one push channel, main → renderer. Sent only after the renderer announced it is ready. */
export const DESKTOP_COMMAND_CHANNEL = 'desktop:command';

/** What main asks the renderer to do. Handled exhaustively by the renderer's desktop connector. */
export type DesktopCommand =
  /** Accept the ringing offer (global shortcut, notification click, compact window). */
  | { readonly type: 'accept-offer'; readonly contactId: string | null }
  /** Show the ringing offer (notification clicked). */
  | { readonly type: 'show-offer'; readonly contactId: string }
  /** Open a customer or contact (firebreak:// link from a softphone or CRM). */
  | { readonly type: 'open-link'; readonly link: DeepLink }
  /** The agent changed presence from the tray. */
  | { readonly type: 'set-presence'; readonly state: 'available' | 'away' }
  /** Settings changed (the renderer applies language and sound at once). */
  | { readonly type: 'settings-changed'; readonly settings: DesktopSettings }
  /** For the compact pop window: the offer it shows (null: close). */
  | { readonly type: 'offer-changed'; readonly offer: OfferAttention | null };

/** The API the preload exposes as `window.firebreak`. Nothing else crosses the bridge. */
export interface FirebreakDesktopApi {
  getConfig(): Promise<DesktopConfig>;
  rendererReady(): Promise<void>;
  openExternal(url: string): Promise<{ opened: boolean }>;
  getSettings(): Promise<DesktopSettings>;
  updateSettings(patch: DesktopSettingsPatch): Promise<IpcResponse<'settings:update'>>;
  loadSession(): Promise<IpcResponse<'session:load'>>;
  saveSession(session: StoredSession): Promise<IpcResponse<'session:save'>>;
  clearSession(): Promise<void>;
  offerArrived(offer: OfferAttention): Promise<{ notified: boolean }>;
  offerEnded(contactId: string): Promise<void>;
  updateTray(status: TrayStatus): Promise<void>;
  /** Compact pop window only. */
  currentOffer(): Promise<OfferAttention | null>;
  /** Compact pop window only. */
  acceptOffer(contactId: string): Promise<void>;
  /** Listen to main's commands; returns the unsubscribe. The listener gets the command only. */
  onCommand(listener: (command: DesktopCommand) => void): () => void;
}

/** Hosts the desktop may open in the system browser (https only). */
export const EXTERNAL_URL_ALLOW_LIST = ['firebreak.example.com', 'www.cbirc.gov.cn'] as const;

/** The desktop serves its renderer from this privileged scheme; the gateway allows its origin. */
export const DESKTOP_SCHEME = 'app';
export const DESKTOP_HOST = 'firebreak';
export const DESKTOP_ORIGIN = `${DESKTOP_SCHEME}://${DESKTOP_HOST}`;
