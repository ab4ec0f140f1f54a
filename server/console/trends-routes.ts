import { consoleTrendsSchema, trendsQuerySchema } from '../../shared/schemas/console-trends.js';
import type { AuthenticatedAgent } from '../auth/agent-repository.js';
import type { Db } from '../db/client.js';
import type { GatewayApp } from '../http/app.js';
import { consoleErrors, consoleRoute, leadOnly } from './lead-only.js';
import { loadTrends } from './trends-repository.js';

export interface TrendsRouteDeps {
  db: Db;
  authenticate: (token: string) => Promise<AuthenticatedAgent | null>;
  /** Answered within this many seconds counts toward service level (as on the board). */
  serviceLevelSeconds: number;
  now?: () => Date;
}

export function registerTrendsRoutes(app: GatewayApp, deps: TrendsRouteDeps): void {
  const now = deps.now ?? (() => new Date());
  app.get(
    '/api/v1/console/trends',
    {
      onRequest: leadOnly(deps.authenticate),
      schema: {
        ...consoleRoute,
        summary:
          'Trends for team leads: hourly contacts, service level and risk; complaints per day by root cause and ' +
          'product line; the partner scorecard; pre-emption outcomes per day. UTC buckets, oldest first, none missing.',
        querystring: trendsQuerySchema,
        response: { 200: consoleTrendsSchema, ...consoleErrors },
      },
    },
    (request) =>
      loadTrends(deps.db, {
        now: now(),
        hours: request.query.hours,
        days: request.query.days,
        serviceLevelSeconds: deps.serviceLevelSeconds,
      }),
  );
}
