import { eq } from 'drizzle-orm';
import { routingSettingsSchema, type RoutingSettings } from '../../shared/schemas/work.js';
import type { Db } from '../db/client.js';
import { routingSettings } from '../db/schema.js';

const ROW_ID = 1;

/**
 * The team lead's routing settings: ring timeout, after-contact-work limit, chats per agent.
 * Stored in the database once a lead sets them; the gateway's configuration gives the defaults.
 */
export class RoutingSettingsStore {
  private constructor(
    private readonly db: Db,
    private current: RoutingSettings,
  ) {}

  static async open(db: Db, defaults: RoutingSettings): Promise<RoutingSettingsStore> {
    const [row] = await db.select().from(routingSettings).where(eq(routingSettings.id, ROW_ID));
    const stored = row ? routingSettingsSchema.safeParse(row.settings) : null;
    return new RoutingSettingsStore(db, stored?.success ? stored.data : defaults);
  }

  get(): RoutingSettings {
    return this.current;
  }

  async set(settings: RoutingSettings, by: string): Promise<RoutingSettings> {
    const now = new Date();
    await this.db
      .insert(routingSettings)
      .values({ id: ROW_ID, settings, updatedBy: by, updatedAt: now })
      .onConflictDoUpdate({ target: routingSettings.id, set: { settings, updatedBy: by, updatedAt: now } });
    this.current = settings;
    return settings;
  }
}
