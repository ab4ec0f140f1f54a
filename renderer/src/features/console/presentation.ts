/** Service level below this is shown in red (with an icon and words, never colour alone). */
export const SERVICE_LEVEL_TARGET = 0.8;

/** Scroll boxes stop growing past the window (whatever the layout around them does). */
export const PANEL_MAX_HEIGHT = 'calc(100vh - 210px)';
