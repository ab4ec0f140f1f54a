import {
  consoleAgentsSchema,
  consoleBoardSchema,
  type ConsoleBoard,
} from '../../shared/schemas/console.js';
import type { AuthenticatedAgent } from '../auth/agent-repository.js';
import type { Db } from '../db/client.js';
import type { GatewayApp } from '../http/app.js';
import type { Router } from '../routing/router.js';
import { registerConsoleActionRoutes } from './console-action-routes.js';
import type { ConsoleService } from './console-service.js';
import { consoleErrors, consoleRoute, leadOnly } from './lead-only.js';

export interface ConsoleRouteDeps {
  db: Db;
  authenticate: (token: string) => Promise<AuthenticatedAgent | null>;
  console: ConsoleService;
  /**
   * The board a console opens with: the one last pushed to the leads, with its version, so the
   * desktop applies the next patch to it (a board built apart would have it ask for the whole
   * board again at once); built now before the first push.
   */
  board: () => Promise<ConsoleBoard>;
  router: Router;
}

/**
 * The team lead's console over HTTP: the board here, the actions in console-action-routes.ts.
 * Refused to anyone but leads and admins on the server, not only hidden.
 */
export function registerConsoleRoutes(app: GatewayApp, deps: ConsoleRouteDeps): void {
  app.get(
    '/api/v1/console/board',
    {
      onRequest: leadOnly(deps.authenticate),
      schema: {
        ...consoleRoute,
        summary:
          'The board: queues, risk board, alerts, as last pushed to the leads (within a second of each change), with its version; then pushed as `console.board-patch` from it.',
        response: { 200: consoleBoardSchema, ...consoleErrors },
      },
    },
    () => deps.board(),
  );
  app.get(
    '/api/v1/console/agents',
    {
      onRequest: leadOnly(deps.authenticate),
      schema: {
        ...consoleRoute,
        summary:
          'The agents grid now: every agent with what they hold (then pushed as `console.agents` to leads who watch it, with each board).',
        response: { 200: consoleAgentsSchema, ...consoleErrors },
      },
    },
    () => deps.console.agents(),
  );
  registerConsoleActionRoutes(app, deps);
}
