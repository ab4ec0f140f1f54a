import { LANGUAGES } from '../../../shared/domain';
import { CLIENT_EVENTS } from '../../../shared/schemas/socket';
import { releaseHeldContact } from '../api/contacts/offers-cache';
import {
  COMMAND_DESCRIPTORS,
  COMMAND_IDS,
  type CommandDescriptor,
  type CommandId,
} from '../../../shared/commands';
import type { Command, CommandContext } from './command-types';
import { requestCustomerSearchFocus } from './customer-search-focus';
import { findPanels, focusAdjacentPanel } from './panel-focus';

type Behaviour = Pick<Command, 'isEnabled' | 'run'>;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
const connected = (ctx: CommandContext) => ctx.connection === 'ready';

async function endActiveContact(ctx: CommandContext): Promise<void> {
  const contactId = ctx.activeOffer?.contact.id;
  if (contactId === undefined) return;
  try {
    const ended = await ctx.emit(CLIENT_EVENTS.contactEnd, { contactId });
    releaseHeldContact(ctx.queryClient, ctx.store, ended.contactId);
  } catch (error) {
    ctx.ui.notify('error', ctx.ui.translate('feedback.endFailed', { message: errorText(error) }));
  }
}

function showNextContact(ctx: CommandContext): void {
  const index = ctx.offers.findIndex((offer) => offer.contact.id === ctx.activeOffer?.contact.id);
  const next = ctx.offers[(index + 1) % ctx.offers.length];
  if (next !== undefined) ctx.store.getState().setActiveContact(next.contact.id);
}

async function copyTopScript(ctx: CommandContext): Promise<void> {
  const script = ctx.activePop?.scripts[0];
  if (script === undefined) return;
  try {
    await navigator.clipboard.writeText(script.text);
    ctx.ui.notify('success', ctx.ui.translate('feedback.copied', { title: script.title }));
  } catch {
    ctx.ui.notify('error', ctx.ui.translate('feedback.copyFailed'));
  }
}

async function togglePresence(ctx: CommandContext): Promise<void> {
  const state = ctx.presence === 'away' ? 'available' : 'away';
  try {
    ctx.store.getState().setPresence(await ctx.emit(CLIENT_EVENTS.agentSetState, { state }));
  } catch (error) {
    ctx.ui.notify(
      'error',
      ctx.ui.translate('feedback.presenceFailed', { message: errorText(error) }),
    );
  }
}

function cycleLanguage(ctx: CommandContext): void {
  const next = LANGUAGES[(LANGUAGES.indexOf(ctx.language) + 1) % LANGUAGES.length];
  if (next !== undefined) ctx.store.getState().setLanguage(next);
}

const BEHAVIOUR: Record<CommandId, Behaviour> = {
  [COMMAND_IDS.paletteOpen]: {
    isEnabled: (ctx) => !ctx.paletteOpen,
    run: (ctx) => ctx.ui.openPalette(),
  },
  [COMMAND_IDS.contactEnd]: {
    isEnabled: (ctx) => ctx.activeOffer !== null && connected(ctx),
    run: endActiveContact,
  },
  [COMMAND_IDS.contactNext]: {
    isEnabled: (ctx) => ctx.offers.length > 1,
    run: showNextContact,
  },
  [COMMAND_IDS.panelNext]: {
    isEnabled: () => findPanels().length > 0,
    run: () => void focusAdjacentPanel(1),
  },
  [COMMAND_IDS.panelPrevious]: {
    isEnabled: () => findPanels().length > 0,
    run: () => void focusAdjacentPanel(-1),
  },
  [COMMAND_IDS.scriptCopyTop]: {
    isEnabled: (ctx) => (ctx.activePop?.scripts.length ?? 0) > 0,
    run: copyTopScript,
  },
  [COMMAND_IDS.customerSearch]: {
    isEnabled: (ctx) => ctx.activeOffer !== null && ctx.activeOffer.contact.customerId === null,
    run: () => void requestCustomerSearchFocus(),
  },
  [COMMAND_IDS.presenceToggle]: {
    isEnabled: (ctx) => connected(ctx) && ctx.presence !== 'offline',
    run: togglePresence,
  },
  [COMMAND_IDS.languageCycle]: {
    isEnabled: () => true,
    run: cycleLanguage,
  },
  [COMMAND_IDS.worklistOpen]: {
    isEnabled: (ctx) => ctx.store.getState().view !== 'worklist',
    run: (ctx) => ctx.store.getState().setView('worklist'),
  },
};

/** The one registry: shortcuts, the palette and (through `COMMAND_DESCRIPTORS`) menus. */
export const COMMANDS: readonly Command[] = COMMAND_DESCRIPTORS.map(
  (descriptor: CommandDescriptor) => ({ ...descriptor, ...BEHAVIOUR[descriptor.id] }),
);

export function getCommand(id: CommandId): Command {
  const command = COMMANDS.find((c) => c.id === id);
  if (command === undefined) throw new Error(`No command ${id}`);
  return command;
}

/** Plain `{id, labelKey, shortcut}` for Electron menus; no behaviour, nothing DOM. */
export const COMMAND_MENU_ITEMS: readonly CommandDescriptor[] = COMMAND_DESCRIPTORS;
