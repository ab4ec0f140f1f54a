/**
 * The main process's log. Console for now (electron-vite shows it in the terminal in dev);
 * one place to swap for a file logger later. Never log payloads: they may hold customer data.
 */
const PREFIX = '[firebreak:main]';

export const log = {
  info: (message: string): void => {
    console.info(PREFIX, message);
  },
  warn: (message: string): void => {
    console.warn(PREFIX, message);
  },
  error: (message: string, cause?: unknown): void => {
    if (cause === undefined) console.error(PREFIX, message);
    else console.error(PREFIX, message, cause);
  },
};
