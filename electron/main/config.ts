import { z } from 'zod';
import { plainHttpProblem } from '../../shared/desktop-settings.js';

/** Where the gateway listens when nothing says otherwise (the dev gateway's default port). */
export const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:4300';

const blankToUndefined = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const gatewayUrlSchema = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .default(DEFAULT_GATEWAY_URL)
    .pipe(
      z.url({
        protocol: /^https?$/,
        error: `must be an http:// or https:// URL such as ${DEFAULT_GATEWAY_URL}`,
      }),
    )
    .transform((value, ctx) => {
      // Runs only once z.url() has accepted the value, so `new URL` cannot throw here.
      const url = new URL(value);
      const plain = plainHttpProblem(value);
      if (plain !== null) {
        ctx.issues.push({ code: 'custom', input: value, message: plain });
        return z.NEVER;
      }
      if (url.username !== '' || url.password !== '') {
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: 'must not carry a user name or password',
        });
        return z.NEVER;
      }
      return url.href.replace(/\/+$/, '');
    }),
);

/** The environment the desktop reads at start. Keys are the variable names, so errors name them. */
const desktopEnvSchema = z.object({ FIREBREAK_GATEWAY_URL: gatewayUrlSchema });

/** Error messages end up in logs: never echo a password someone pasted into a URL. */
const maskCredentials = (value: string): string => value.replace(/\/\/[^/@]*@/, '//***@');

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
      return `${name}=${JSON.stringify(maskCredentials(env[name] ?? ''))} ${issue.message}.`;
    });
    throw new DesktopConfigError(`Invalid desktop configuration: ${problems.join(' ')}`);
  }
  return { gatewayUrl: parsed.data.FIREBREAK_GATEWAY_URL };
}
