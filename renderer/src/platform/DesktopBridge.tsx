import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect, useEffectEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMAND_IDS } from '../../../shared/commands';
import type { FirebreakDesktopApi } from '../../../shared/ipc';
import type { PopBundle } from '../../../shared/schemas/pop';
import { isRingingFor } from '../api/contacts/contact-phase';
import { getHeldOffers } from '../api/contacts/offers-cache';
import type { HeldOffer } from '../api/contacts/offers-cache';
import { customerKeys } from '../api/customers/keys';
import { useQueueWaiting } from '../api/queues/use-queue-waiting';
import { useCommands } from '../commands/commands-context';
import { requestAwayReason } from '../commands/ui-requests';
import { applyToApp } from '../features/settings/use-desktop-settings';
import { useHeldContacts } from '../features/workspace/use-held-contacts';
import { useActiveLanguage } from '../i18n/use-active-language';
import { appStore, useAgent, usePresence } from '../state';
import { getDesktopApi } from './desktop-bridge';
import { handleDesktopCommand } from './desktop-commands';
import { listenToDesktop, takeDesktopCommands } from './desktop-inbox';
import type { DesktopCommandTarget } from './desktop-commands';
import { describeOffer } from './offer-attention';

/** Main's commands → the workspace: accept, show, open links, presence, settings. */
function useDesktopCommands(desktop: FirebreakDesktopApi) {
  const { run } = useCommands();
  const { message } = App.useApp();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const held = (contactId: string) =>
    getHeldOffers(queryClient).some((offer) => offer.contact.id === contactId);
  const showContact = (contactId: string) => {
    const state = appStore.getState();
    state.setActiveContact(contactId);
    state.setView('contacts');
  };
  const target: DesktopCommandTarget = {
    acceptOffer: (contactId) => {
      if (contactId !== null) showContact(contactId);
      run(COMMAND_IDS.contactAccept);
    },
    showContact,
    openLink: (link) => {
      if (link.kind === 'customer') appStore.getState().openCustomer(link.customerId);
      else if (held(link.contactId)) showContact(link.contactId);
      else void message.warning(t('desktop.contactNotHeld'));
    },
    setPresence: (state) => {
      if (state === 'away') requestAwayReason();
      else if (appStore.getState().presence?.state === 'away') run(COMMAND_IDS.presenceToggle);
    },
    applySettings: applyToApp,
  };
  const onCommand = useEffectEvent((command: Parameters<typeof handleDesktopCommand>[0]) =>
    handleDesktopCommand(command, target),
  );
  // Main's pushes that came while no workspace was mounted (sign-in page) are handled first.
  useEffect(() => {
    listenToDesktop(desktop);
    return takeDesktopCommands(onCommand);
  }, [desktop]);
  useEffect(() => {
    desktop.getSettings().then(applyToApp, (error: unknown) => {
      console.warn('[platform] could not read the desktop settings', error);
    });
  }, [desktop]);
}

/** Tells main when an offer starts and stops ringing (window, notification, shortcut). */
function useOfferAttention(desktop: FirebreakDesktopApi, offers: readonly HeldOffer[]) {
  const { t } = useTranslation(['common', 'pop', 'risk']);
  const queryClient = useQueryClient();
  const agentId = useAgent()?.id ?? null;
  const announced = useRef(new Set<string>());
  const report = (error: unknown) => {
    console.warn('[platform] attention request failed', error);
  };
  const ringing = offers.filter((offer) => isRingingFor(offer.contact, agentId));
  const ringingKey = ringing.map((offer) => offer.contact.id).join(' ');
  const sync = useEffectEvent(() => {
    const now = new Set(ringing.map((offer) => offer.contact.id));
    for (const contactId of announced.current) {
      if (now.has(contactId)) continue;
      announced.current.delete(contactId);
      desktop.offerEnded(contactId).catch(report);
    }
    for (const offer of ringing) {
      if (announced.current.has(offer.contact.id)) continue;
      announced.current.add(offer.contact.id);
      const customerId = offer.contact.customerId;
      const pop =
        customerId === null
          ? null
          : (queryClient.getQueryData<PopBundle>(customerKeys.pop(customerId)) ?? null);
      desktop.offerArrived(describeOffer(offer, pop, t)).catch(report);
    }
  });
  useEffect(() => sync(), [ringingKey]);
}

/** Keeps the tray's presence, waiting count and language in step with the workspace. */
function useTrayStatus(desktop: FirebreakDesktopApi) {
  const presence = usePresence()?.state ?? null;
  const waiting = useQueueWaiting() ?? 0;
  const language = useActiveLanguage();
  useEffect(() => {
    desktop.updateTray({ presence, waiting, language }).catch((error: unknown) => {
      console.warn('[platform] tray update failed', error);
    });
  }, [desktop, presence, waiting, language]);
}

function Connected({ desktop }: { desktop: FirebreakDesktopApi }) {
  const { offers } = useHeldContacts();
  useDesktopCommands(desktop);
  useOfferAttention(desktop, offers);
  useTrayStatus(desktop);
  return null;
}

/**
 * The renderer's side of the desktop shell, mounted once in the workspace: nothing in a browser.
 * In Electron it follows main's commands (tray, global shortcut, notification, deep links,
 * settings) and tells main about ringing offers and the agent's presence.
 */
export function DesktopBridge() {
  const desktop = getDesktopApi();
  return desktop === null ? null : <Connected desktop={desktop} />;
}
