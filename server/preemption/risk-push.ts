import type { Logger } from 'pino';
import type { Db } from '../db/client.js';
import { loadPop, type PopContext } from '../pop/pop-repository.js';
import type { EmitToAgent } from '../routing/router-deps.js';
import type { RouterViews } from '../routing/router-views.js';

export interface RiskPushDeps {
  db: Db;
  log: Logger;
  /** Who shows which customer, and the agents' names, from routing's memory. */
  router: Pick<RouterViews, 'agentsViewing' | 'status'>;
  popContext: (agentName: string) => PopContext;
  emit: EmitToAgent;
}

/**
 * A customer's risk changed: each desktop showing them gets the new risk with the scripts ranked
 * for it (per agent: scripts are filled with the agent's name). In the background; `idle()`
 * resolves when none is under way (a closing gateway waits for them before its database goes).
 */
export function riskPusher(deps: RiskPushDeps) {
  const running = new Set<Promise<void>>();
  const pushTo = async (customerId: string, viewers: readonly string[]) => {
    for (const agentId of viewers) {
      const name = deps.router.status(agentId)?.displayName;
      const pop = name === undefined ? null : await loadPop(deps.db, customerId, deps.popContext(name));
      if (pop?.risk) deps.emit(agentId, 'risk.updated', { customerId, risk: pop.risk, scripts: pop.scripts });
    }
  };
  return {
    push(customerId: string): void {
      const viewers = deps.router.agentsViewing(customerId);
      if (viewers.length === 0) return;
      const pushing = pushTo(customerId, viewers).catch((error: unknown) => deps.log.error({ err: error, customerId }, 'risk push failed'));
      running.add(pushing);
      void pushing.finally(() => running.delete(pushing));
    },
    async idle(): Promise<void> {
      await Promise.all([...running]);
    },
  };
}
