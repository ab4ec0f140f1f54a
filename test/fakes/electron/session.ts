/** The fake default session: permission handlers and webRequest's onHeadersReceived. */
import type { HeadersReceivedResponse } from 'electron';
import type { FakeResponse, FakeSession } from '../../../electron/testing/fake-electron.js';

type PermissionDetails = { requestingUrl: string; isMainFrame: boolean };
type PermissionRequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: PermissionDetails,
) => void;
type PermissionCheckHandler = (
  webContents: unknown,
  permission: string,
  requestingOrigin: string,
  details: PermissionDetails,
) => boolean;
type ResponseDetails = FakeResponse & { method: string; resourceType: string; statusCode: number };
type HeadersListener = (
  details: ResponseDetails,
  callback: (response: HeadersReceivedResponse) => void,
) => void;

export class Session implements FakeSession {
  private requestHandler: PermissionRequestHandler | null = null;
  private checkHandler: PermissionCheckHandler | null = null;
  private headersListener: HeadersListener | null = null;

  readonly webRequest = {
    onHeadersReceived: (
      ...args: [HeadersListener | null] | [unknown, HeadersListener | null]
    ): void => {
      this.headersListener = args.length === 1 ? args[0] : args[1];
    },
  };

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.requestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.checkHandler = handler;
  }

  requestPermission(
    permission: string,
    requestingUrl: string,
    isMainFrame = true,
  ): Promise<boolean> {
    const handler = this.requestHandler;
    if (handler === null) return Promise.resolve(true); // Electron grants by default.
    return new Promise((resolve) => {
      handler({}, permission, resolve, { requestingUrl, isMainFrame });
    });
  }

  checkPermission(permission: string, requestingUrl: string, isMainFrame = true): boolean {
    if (this.checkHandler === null) return true;
    return this.checkHandler(null, permission, new URL(requestingUrl).origin, {
      requestingUrl,
      isMainFrame,
    });
  }

  receiveHeaders(response: FakeResponse): Promise<HeadersReceivedResponse> {
    const listener = this.headersListener;
    if (listener === null) return Promise.resolve({});
    const details = { ...response, method: 'GET', resourceType: 'mainFrame', statusCode: 200 };
    return new Promise((resolve) => {
      listener(details, resolve);
    });
  }

  reset(): void {
    this.requestHandler = null;
    this.checkHandler = null;
    this.headersListener = null;
  }
}

export const defaultSession = new Session();
