/**
 * The fake `protocol` (the default session's). Like Electron, it refuses
 * registerSchemesAsPrivileged once the app is ready, refuses handle() before, and refuses a
 * second handler for a scheme.
 *
 * request() builds the Request with Node's WHATWG URL, where `app:` is not a special scheme:
 * dot segments are resolved as Chromium does for a standard scheme, but the host keeps its
 * case (Chromium lower-cases it). Encoded dots (%2e%2e%2f) reach the handler as they are.
 */
import type { CustomScheme } from 'electron';
import type { FakeProtocol } from '../../../electron/testing/fake-electron.js';
import { fakeApp } from './app.js';

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export class Protocol implements FakeProtocol {
  readonly privilegedSchemes: CustomScheme[] = [];
  private readonly handlers = new Map<string, ProtocolHandler>();

  // ── the part of protocol main code calls ──
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    if (fakeApp.isReady()) {
      throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    }
    this.privilegedSchemes.push(...structuredClone(schemes));
  }
  handle(scheme: string, handler: ProtocolHandler): void {
    if (!fakeApp.isReady()) throw new Error("protocol module can't be used before app is ready");
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    this.handlers.set(scheme, handler);
  }
  unhandle(scheme: string): void {
    this.handlers.delete(scheme);
  }
  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }

  // ── FakeProtocol: what Chromium does ──
  get handledSchemes(): string[] {
    return [...this.handlers.keys()];
  }
  async request(input: string | Request): Promise<Response> {
    const request = typeof input === 'string' ? new Request(input) : input;
    const scheme = new URL(request.url).protocol.slice(0, -1);
    const handler = this.handlers.get(scheme);
    if (handler === undefined) throw new TypeError(`net::ERR_UNKNOWN_URL_SCHEME (${scheme}:)`);
    return handler(request);
  }

  reset(): void {
    this.privilegedSchemes.length = 0;
    this.handlers.clear();
  }
}

export const protocol = new Protocol();
