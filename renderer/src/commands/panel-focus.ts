/**
 * Focus between the pop's panels, found through their `data-testid`s (the panels belong to
 * the pop feature; this module only reads their DOM). Each panel is a named, programmatically
 * focusable region (`PanelCard` makes it one); one that is not yet is made one before it takes
 * focus: `role="region"`, `tabIndex=-1`, `aria-labelledby` its title.
 */
export const PANEL_TEST_IDS = [
  'panel-profile',
  'panel-complaints',
  'panel-timeline',
  'panel-risk',
  'panel-scripts',
] as const;

const TITLE_SELECTOR = '.fb-panel-title';

/** Makes one panel a focusable region named by its title; idempotent. */
export function annotatePanel(panel: HTMLElement): void {
  if (!panel.hasAttribute('tabindex')) panel.tabIndex = -1;
  if (!panel.hasAttribute('role')) panel.setAttribute('role', 'region');
  if (panel.hasAttribute('aria-labelledby') || panel.hasAttribute('aria-label')) return;
  const title = panel.querySelector<HTMLElement>(TITLE_SELECTOR);
  if (title === null) return;
  if (title.id === '') title.id = `${panel.dataset.testid ?? 'panel'}-title`;
  panel.setAttribute('aria-labelledby', title.id);
}

/** The panels on screen, in reading order (profile, complaints, timeline, risk, scripts). */
export function findPanels(root: ParentNode = document): HTMLElement[] {
  return PANEL_TEST_IDS.flatMap((id) => {
    const panel = root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    return panel === null ? [] : [panel];
  });
}

/** Moves focus to the next (or previous) panel, wrapping; false when no panel is shown. */
export function focusAdjacentPanel(direction: 1 | -1): boolean {
  const panels = findPanels();
  if (panels.length === 0) return false;
  const active = document.activeElement;
  const current = panels.findIndex((panel) => active !== null && panel.contains(active));
  const next =
    current === -1
      ? direction === 1
        ? 0
        : panels.length - 1
      : (current + direction + panels.length) % panels.length;
  const target = panels[next];
  if (target === undefined) return false;
  annotatePanel(target);
  target.focus();
  return true;
}
