import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundContactSchema } from '../../shared/schemas/contact.js';
import { touchpointEventSchema } from '../../shared/schemas/touchpoint.js';
import { contacts } from '../../server/db/schema.js';
import { seedDatabase } from '../../server/seed/seed.js';
import { startTestGateway, TEST_WEBHOOK_SECRET, type TestGateway } from '../../server/testing/harness.js';
import { makeContact, makeTouchpoint, runSimulator } from './simulator.js';

describe('traffic simulator', () => {
  it('only ever produces payloads the public API accepts', () => {
    let s = 1;
    const random = () => (s = (s * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 500; i += 1) {
      expect(inboundContactSchema.safeParse(makeContact({ customers: 100 }, random, i)).success).toBe(true);
      expect(touchpointEventSchema.safeParse(makeTouchpoint({ customers: 100 }, random, i)).success).toBe(true);
    }
  });

  describe('against a seeded gateway', () => {
    let gw: TestGateway;
    beforeAll(async () => {
      gw = await startTestGateway({ fixtures: false });
      await seedDatabase(gw.database, { customers: 30, demoPassword: 'sim-test' });
      await gw.gateway.reloadReferenceData();
    });
    afterAll(async () => {
      await gw.close();
    });

    it('places contacts and touchpoints through the signed API, with no failures', async () => {
      const stats = await runSimulator({
        url: gw.url,
        secret: TEST_WEBHOOK_SECRET,
        customers: 30,
        contactsPerMinute: 120,
        touchpointsPerSecond: 5,
        durationSeconds: 2.5,
      });
      expect(stats.failures).toBe(0);
      expect(stats.contacts).toBeGreaterThanOrEqual(2);
      const stored = (await gw.database.db.select({ n: count() }).from(contacts))[0]?.n;
      expect(stored).toBe(stats.contacts);
      expect(stats.touchpoints).toBeGreaterThanOrEqual(10);
    });
  });
});
