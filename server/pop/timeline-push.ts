import type { Touchpoint } from '../../shared/schemas/touchpoint.js';
import type { Db } from '../db/client.js';
import { loadTouchpointsByIds, writtenTouchpoints, type WrittenTouchpoint } from './timeline.js';

export interface TimelinePushDeps {
  db: Db;
  /** The agents whose desktops show this customer now. */
  viewing: (customerId: string) => string[];
  send: (agentId: string, payload: { customerId: string; items: Touchpoint[] }) => void;
}

/**
 * New timeline entries to the desktops showing the customer, as `timeline.appended`; nothing is
 * read when nobody shows them. Entries the gateway just wrote go as written; entries by id (an
 * integration's) are read with their partner's name.
 */
export function createTimelinePush(deps: TimelinePushDeps) {
  const push = async (customerId: string, load: () => Promise<Touchpoint[]>) => {
    const viewers = deps.viewing(customerId);
    if (viewers.length === 0) return;
    const items = await load();
    for (const agentId of viewers) deps.send(agentId, { customerId, items });
  };
  return {
    byIds: (customerId: string, ids: number[]) =>
      push(customerId, () => loadTouchpointsByIds(deps.db, ids)),
    written: (customerId: string, rows: WrittenTouchpoint[]) =>
      push(customerId, () => writtenTouchpoints(deps.db, rows)),
  };
}
