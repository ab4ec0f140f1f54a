import { LANGUAGES } from '../../../shared/domain';
import { CLIENT_EVENTS } from '../../../shared/schemas/socket';
import { contactPhase } from '../api/contacts/contact-phase';
import { applyContactUpdated } from '../realtime/contact-patch';
import {
  COMMAND_DESCRIPTORS,
  COMMAND_IDS,
  type CommandDescriptor,
  type CommandId,
} from '../../../shared/commands';
import { canUseConsole } from '../features/console/console-access';
import type { Command, CommandContext } from './command-types';
import { requestCustomerSearchFocus } from './customer-search-focus';
import { findPanels, focusAdjacentPanel } from './panel-focus';
import { requestAwayReason, requestSettingsDialog, requestTransferDialog } from './ui-requests';

type Behaviour = Pick<Command, 'isEnabled' | 'run'>;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
const connected = (ctx: CommandContext) => ctx.connection === 'ready';

/** What the contact on screen asks of the agent now, or null when none is on screen. */
function activePhase(ctx: CommandContext) {
  const contact = ctx.activeOffer?.contact;
  if (contact === undefined) return null;
  return contactPhase(contact, ctx.store.getState().agent?.id ?? null);
}

async function acceptActiveContact(ctx: CommandContext): Promise<void> {
  const contactId = ctx.activeOffer?.contact.id;
  if (contactId === undefined) return;
  try {
    const accepted = await ctx.emit(CLIENT_EVENTS.contactAccept, { contactId });
    applyContactUpdated(ctx.queryClient, ctx.store, accepted);
  } catch (error) {
    ctx.ui.notify(
      'error',
      ctx.ui.translate('feedback.acceptFailed', { message: errorText(error) }),
    );
  }
}

/** Ends the conversation; the contact stays on screen in wrap-up. */
async function endActiveContact(ctx: CommandContext): Promise<void> {
  const contactId = ctx.activeOffer?.contact.id;
  if (contactId === undefined) return;
  try {
    const ended = await ctx.emit(CLIENT_EVENTS.contactEnd, { contactId });
    applyContactUpdated(ctx.queryClient, ctx.store, ended);
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

/** Back from away at once; going away asks why first (the presence control's reason picker). */
async function togglePresence(ctx: CommandContext): Promise<void> {
  if (ctx.presence !== 'away') {
    requestAwayReason();
    return;
  }
  try {
    ctx.store
      .getState()
      .setPresence(await ctx.emit(CLIENT_EVENTS.agentSetState, { state: 'available' }));
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
  [COMMAND_IDS.contactAccept]: {
    isEnabled: (ctx) => activePhase(ctx) === 'ringing' && connected(ctx),
    run: acceptActiveContact,
  },
  [COMMAND_IDS.contactEnd]: {
    isEnabled: (ctx) => activePhase(ctx) === 'active' && connected(ctx),
    run: endActiveContact,
  },
  [COMMAND_IDS.contactTransfer]: {
    isEnabled: (ctx) =>
      activePhase(ctx) === 'active' &&
      ctx.activeOffer?.contact.pendingTransfer === null &&
      connected(ctx),
    run: () => requestTransferDialog(),
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
  [COMMAND_IDS.consoleOpen]: {
    isEnabled: (ctx) =>
      canUseConsole(ctx.store.getState().agent?.role) && ctx.store.getState().view !== 'console',
    run: (ctx) => ctx.store.getState().setView('console'),
  },
  [COMMAND_IDS.settingsOpen]: {
    isEnabled: () => true,
    run: () => requestSettingsDialog(),
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
