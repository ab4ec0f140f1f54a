import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DesktopSettings, DesktopSettingsPatch } from '../../../../shared/desktop-settings';
import type { FirebreakDesktopApi } from '../../../../shared/ipc';
import { appStore } from '../../state';

/** Main's settings are state held outside the renderer, like the gateway's: the query cache. */
export const desktopSettingsKeys = {
  all: ['desktop', 'settings'] as const,
};

/**
 * Read fresh each time the dialog opens (`gcTime: 0` drops them when it closes): main may have
 * changed them meanwhile (the settings file, another window).
 */
export function desktopSettingsQueryOptions(desktop: FirebreakDesktopApi) {
  return queryOptions({
    queryKey: desktopSettingsKeys.all,
    queryFn: () => desktop.getSettings(),
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
}

export function useDesktopSettings(desktop: FirebreakDesktopApi) {
  return useQuery(desktopSettingsQueryOptions(desktop));
}

/** Applies at once in this window what the app shows: the language and the ring. */
export function applyToApp(settings: DesktopSettings): void {
  const state = appStore.getState();
  if (settings.language !== null) state.setLanguage(settings.language);
  state.setRingSound(settings.sound);
}

/**
 * Sends a change to main. Main checks it again and may refuse it (the promise rejects with an
 * Error naming the bad field); what it saved becomes the dialog's new starting point.
 */
export function useUpdateDesktopSettings(desktop: FirebreakDesktopApi) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...desktopSettingsKeys.all, 'update'],
    mutationFn: (patch: DesktopSettingsPatch) => desktop.updateSettings(patch),
    onSuccess: ({ settings }) => {
      queryClient.setQueryData(desktopSettingsKeys.all, settings);
      applyToApp(settings);
    },
  });
}
