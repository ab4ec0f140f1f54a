/**
 * The load benchmark's gateways' warnings and errors, counted per stretch of the run: a gateway's
 * own lines, then — once it is closed — what it still logs after its close, under a label of its
 * own, so a report tells the run's errors from a shut-down's.
 */
import type { Logger } from 'pino';
import { LogTally } from './chat-gateway.js';

interface Stretch {
  label: string;
  tally: LogTally;
  from: Map<string, number>;
  /** The counts when the stretch ended; null while it runs. */
  to: Map<string, number> | null;
}

/** One gateway's logger, and the switch that counts its later lines under a label. */
export interface GatewayLog {
  logger: Logger;
  /** From now on, what this gateway logs is counted under `label`. */
  relabel(label: string): void;
}

export class GatewayLogs {
  private readonly stretches: Stretch[] = [];

  /** The log of a new gateway; its lines are counted unlabelled until `relabel`. */
  open(): GatewayLog {
    const tally = new LogTally();
    let current: Stretch = { label: '', tally, from: new Map(), to: null };
    this.stretches.push(current);
    return {
      logger: tally.logger(),
      relabel: (label) => {
        current.to = new Map(tally.counts);
        current = { label, tally, from: new Map(current.to), to: null };
        this.stretches.push(current);
      },
    };
  }

  /** Every kind of line with its count, each prefixed with its stretch's label. */
  lines(): [string, number][] {
    return this.stretches.flatMap(({ label, tally, from, to }) =>
      [...(to ?? tally.counts)].flatMap(([what, n]): [string, number][] => {
        const more = n - (from.get(what) ?? 0);
        return more > 0 ? [[label ? `${label}: ${what}` : what, more]] : [];
      }),
    );
  }
}
