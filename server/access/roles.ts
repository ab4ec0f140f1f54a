import type { AgentRole } from '../../shared/domain.js';
import { ERROR_CODES } from '../../shared/schemas/common.js';
import type { AuthenticatedAgent } from '../auth/agent-repository.js';
import { HttpError } from '../http/errors.js';

/**
 * Route guard (a preHandler after `requireAgent`): only these roles pass; anyone else gets a 403
 * that says who may. Who may do what:
 * - csr, specialist: their own contacts and customers (see customer-access.ts);
 * - lead (and admin): the console;
 * - admin: agents, queues and routing settings, pre-emption rules.
 */
export function allowRoles(roles: readonly AgentRole[], what: string) {
  return async (request: { agent: AuthenticatedAgent | null }): Promise<void> => {
    const role = request.agent?.role;
    if (role === undefined || !roles.includes(role)) {
      throw new HttpError(
        403,
        ERROR_CODES.forbidden,
        `Only ${roles.join(' and ')} roles can ${what}`,
      );
    }
    await Promise.resolve();
  };
}
