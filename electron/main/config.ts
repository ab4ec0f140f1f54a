import { z } from 'zod';
import { httpBaseUrlSchema, maskUrlCredentials } from '../../shared/desktop-settings.js';

/** Where the gateway listens when nothing says otherwise (the dev gateway's default port). */
export const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:4300';

const blankToUndefined = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** The same rule as the agent's own setting (shared/desktop-settings.ts): one rule, one message. */
const gatewayUrlSchema = z.preprocess(
  blankToUndefined,
  httpBaseUrlSchema.default(DEFAULT_GATEWAY_URL),
);

/** The environment the desktop reads at start. Keys are the variable names, so errors name them. */
const desktopEnvSchema = z.object({ FIREBREAK_GATEWAY_URL: gatewayUrlSchema });

export interface DesktopEnvConfig {
  /** Base URL of the Firebreak gateway (no trailing slash). */
  readonly gatewayUrl: string;
}

export class DesktopConfigError extends Error {
  override readonly name = 'DesktopConfigError';
}

/**
 * Reads and validates the desktop's configuration from the environment.
 * @throws DesktopConfigError naming each bad variable, its value and what it must be.
 */
export function loadDesktopConfig(
  env: Readonly<Record<string, string | undefined>>,
): DesktopEnvConfig {
  const parsed = desktopEnvSchema.safeParse({ FIREBREAK_GATEWAY_URL: env.FIREBREAK_GATEWAY_URL });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return `${name}=${JSON.stringify(maskUrlCredentials(env[name] ?? ''))} ${issue.message}.`;
    });
    throw new DesktopConfigError(`Invalid desktop configuration: ${problems.join(' ')}`);
  }
  return { gatewayUrl: parsed.data.FIREBREAK_GATEWAY_URL };
}
