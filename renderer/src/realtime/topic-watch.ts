import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { WATCH_TOPICS, type WatchTopic } from '../../../shared/schemas/socket';
import { agentKeys } from '../api/agents/keys';
import { consoleKeys } from '../api/console/keys';
import { preemptionKeys } from '../api/preemption/keys';

/** The cached queries each broadcast topic patches: the desktop watches it while one is shown. */
const TOPIC_QUERIES: Record<WatchTopic, QueryKey> = {
  'agents.presence': agentKeys.presence(),
  'worklist.updated': preemptionKeys.worklists(),
  'console.agents': consoleKeys.agents(),
};

export interface TopicWatchOptions {
  queryClient: QueryClient;
  /** Tells the gateway the whole set watched now; resolves once it has taken it. */
  send: (topics: WatchTopic[]) => Promise<unknown>;
  logger: Pick<Console, 'warn'>;
}

/**
 * Which broadcasts this desktop shows, kept in step with the gateway. A topic is watched while a
 * query it patches has an enabled observer (a page or dialog shows it). The set goes to the
 * gateway on every new connection and whenever it changes; once the gateway has taken a newly
 * watched topic, its queries are refetched, since changes sent while it was not watched never
 * came.
 */
export class TopicWatch {
  /** What the gateway has been told on this connection; null while disconnected. */
  private told: WatchTopic[] | null = null;
  private queued = false;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly options: TopicWatchOptions) {}

  start(): void {
    this.unsubscribe ??= this.options.queryClient.getQueryCache().subscribe((event) => {
      if (
        event.type === 'observerAdded' ||
        event.type === 'observerRemoved' ||
        event.type === 'observerOptionsUpdated' ||
        event.type === 'removed'
      ) {
        this.schedule();
      }
    });
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.told = null;
  }

  /** A new connection (ready): the gateway knows nothing of this desktop yet. */
  connected(): void {
    this.told = [];
    this.sync();
  }

  disconnected(): void {
    this.told = null;
  }

  /** The topics shown now. */
  watched(): WatchTopic[] {
    const cache = this.options.queryClient.getQueryCache();
    return WATCH_TOPICS.filter((topic) =>
      cache.findAll({ queryKey: TOPIC_QUERIES[topic] }).some((query) => query.isActive()),
    );
  }

  /** Observers come and go in bursts (a render mounts several): one look after the burst. */
  private schedule(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      this.sync();
    });
  }

  private sync(): void {
    const told = this.told;
    if (told === null) return;
    const next = this.watched();
    if (next.length === told.length && next.every((topic) => told.includes(topic))) return;
    const added = next.filter((topic) => !told.includes(topic));
    this.told = next;
    this.options.send(next).then(
      () => {
        for (const topic of added) {
          void this.options.queryClient.invalidateQueries({ queryKey: TOPIC_QUERIES[topic] });
        }
      },
      (error: unknown) => {
        this.options.logger.warn('[realtime] topics.watch failed; asking again', error);
        // Not taken: tell the whole set again at the next change, or on the next connection.
        if (this.told === next) this.told = [];
      },
    );
  }
}
