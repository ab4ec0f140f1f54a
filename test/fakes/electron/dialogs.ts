/** The fake dialog and shell: they record what main showed or opened. */
import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import { state } from './state.js';

export const shell = {
  openExternal(url: string): Promise<void> {
    state.openedExternally.push(url);
    return Promise.resolve();
  },
};

export const dialog = {
  showMessageBox(
    ...args: [MessageBoxOptions] | [unknown, MessageBoxOptions]
  ): Promise<MessageBoxReturnValue> {
    state.messageBoxes.push(args.length === 1 ? args[0] : args[1]);
    return Promise.resolve({ response: state.messageBoxButton, checkboxChecked: false });
  },
  showErrorBox(title: string, content: string): void {
    state.errorBoxes.push({ title, content });
  },
};
