import { apiErrorSchema, ERROR_CODES } from '../../shared/schemas/common.js';
import { consoleBoardSchema } from '../../shared/schemas/console.js';
import type { AuthenticatedAgent } from '../auth/agent-repository.js';
import { requireAgent, type GatewayApp } from '../http/app.js';
import { HttpError } from '../http/errors.js';
import { isLead } from '../realtime/socket-server.js';
import type { ConsoleService } from './console-service.js';

export interface ConsoleRouteDeps {
  authenticate: (token: string) => Promise<AuthenticatedAgent | null>;
  console: ConsoleService;
}

/** The team lead's console over HTTP: refused to anyone else on the server, not only hidden. */
export function registerConsoleRoutes(app: GatewayApp, deps: ConsoleRouteDeps): void {
  const auth = requireAgent(deps.authenticate);
  app.get(
    '/api/v1/console/board',
    {
      preHandler: [
        auth,
        async (request) => {
          if (!isLead(request.agent?.role ?? '')) {
            throw new HttpError(403, ERROR_CODES.forbidden, 'Only team leads and admins can open the console');
          }
          await Promise.resolve();
        },
      ],
      schema: {
        tags: ['console'],
        security: [{ bearer: [] }],
        summary: 'The queues board now (then pushed as `console.board` to leads within a second of each change).',
        response: { 200: consoleBoardSchema, 401: apiErrorSchema, 403: apiErrorSchema },
      },
    },
    () => deps.console.board(),
  );
}
