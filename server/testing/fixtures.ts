/**
 * A small hand-made world for gateway tests: every row is here on purpose, so tests can say
 * exactly what the agent should see. (The seed makes the big, realistic data set.)
 */
import type { Database } from '../db/client.js';
import {
  agentQueues,
  agents,
  cannedReplies,
  claims,
  complaints,
  customers,
  partners,
  policies,
  promises,
  queues,
  scripts,
  touchpoints,
} from '../db/schema.js';
import { hashPassword } from '../auth/password.js';
import { CANNED_REPLIES } from '../seed/canned-replies.js';

export const FIXTURE_PASSWORD = 'test-password';
export const NOW = new Date('2026-11-20T09:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

type CustomerInsert = typeof customers.$inferInsert;
export const baseCustomer: Omit<CustomerInsert, 'id' | 'name' | 'phone'> = {
  email: null,
  idNumber: '110101199003071234',
  city: '上海',
  tier: 'gold',
  preferredLanguage: 'zh-CN',
  preferredChannel: 'app',
  consentSms: true,
  consentMarketing: false,
  consentRecording: true,
  customerSince: '2019-04-01',
  ltvMinor: 12_000_00,
  churnRisk: 0.2,
  advisorName: null,
  intermediaryId: null,
};

export async function loadFixtures(database: Database): Promise<void> {
  const { db } = database;
  await db.insert(partners).values([
    { id: 'PTN-ADJ-1', name: '华东公估', kind: 'adjuster' },
    { id: 'PTN-RES-1', name: 'Swift Rescue', kind: 'rescue' },
  ]);
  await db.insert(customers).values([
    { ...baseCustomer, id: 'CUS-1', name: '王芳', phone: '+8613800000001', tier: 'diamond', advisorName: '李顾问', email: 'wang.fang@example.com', bankAccount: '6222020200112233445', healthDetails: '高血压，长期服药' },
    { ...baseCustomer, id: 'CUS-2', name: 'Oliver Grant', phone: '+14155550100', preferredLanguage: 'en', consentMarketing: true },
    { ...baseCustomer, id: 'CUS-3', name: '张伟', phone: '+8613800000003' },
    { ...baseCustomer, id: 'CUS-4', name: '张丽', phone: '+8613800000003' },
  ]);
  await db.insert(policies).values({
    id: 'P-100',
    customerId: 'CUS-1',
    line: 'motor',
    product: '家庭自用车综合险',
    status: 'active',
    startDate: '2025-12-01',
    renewalDate: '2026-12-01',
    premiumMinor: 4_800_00,
    paymentStatus: 'paid',
    daysOverdue: 0,
  });
  await db.insert(claims).values({
    id: 'C-2031',
    customerId: 'CUS-1',
    policyId: 'P-100',
    status: 'assessing',
    description: '追尾事故，后保险杠受损',
    reportedAt: daysAgo(10),
    promisedAt: daysAgo(3),
    closedAt: null,
    amountClaimedMinor: 8_000_00,
    amountPaidMinor: null,
    adjusterId: 'PTN-ADJ-1',
    rescueId: 'PTN-RES-1',
  });
  const tps = await db
    .insert(touchpoints)
    .values(
      Array.from({ length: 60 }, (_, i) => ({
        eventId: `fx-${i}`,
        customerId: 'CUS-1',
        occurredAt: new Date(daysAgo(10).getTime() + i * 3_600_000),
        channel: i % 2 === 0 ? ('portal' as const) : ('partner' as const),
        stage: 'claim' as const,
        kind: i === 59 ? 'portal_claim_page_view' : 'adjuster_update',
        summary: i === 59 ? '查看理赔进度页面' : `公估进度更新 #${i}`,
        partnerId: i % 2 === 0 ? null : 'PTN-ADJ-1',
        dwellSeconds: i === 59 ? 420 : null,
        anomaly: i === 59 ? ('long_dwell' as const) : null,
      })),
    )
    .returning({ id: touchpoints.id });
  await db.insert(complaints).values({
    id: 'VOC-1',
    customerId: 'CUS-1',
    openedAt: daysAgo(2),
    dueAt: new Date(daysAgo(2).getTime() + 15 * 86_400_000),
    status: 'open',
    rootCauses: ['timeliness', 'promise_mismatch'],
    channel: 'voice',
    owner: '投诉专席',
    originTouchpointId: tps[0]?.id ?? null,
    customerWords: '说好三天内定损，到现在都没人联系我！',
    claimId: 'C-2031',
  });
  await db.insert(promises).values({
    id: 'PR-1',
    customerId: 'CUS-1',
    description: '周二前回电告知定损结果',
    madeBy: '李顾问',
    madeAt: daysAgo(6),
    dueAt: daysAgo(4),
    status: 'open',
    claimId: 'C-2031',
  });
  await db.insert(scripts).values([
    {
      id: 'claim-late.zh-CN',
      title: '理赔超时致歉',
      body: '{customerName}您好，我看到您的理赔{claimId}原定{promisedDate}完成，已经晚了{daysLate}天，我现在就为您跟进。',
      language: 'zh-CN',
      rootCause: 'timeliness',
      stage: 'claim',
      priority: 5,
    },
    {
      id: 'opening.en',
      title: 'Opening',
      body: 'Hello {customerName}, this is {agentName}. I have your details in front of me.',
      language: 'en',
      priority: 1,
    },
    {
      id: 'health-cross-sell.en',
      title: 'Home cover',
      body: 'Since you trust us with your car, {customerName}, may I tell you about home cover?',
      language: 'en',
      stage: 'repurchase',
      marketing: true,
      priority: 0,
    },
  ]);
  await db.insert(queues).values([
    { id: 'claims-voice', name: 'Claims (voice)', channel: 'voice' },
    { id: 'service-chat', name: 'Service (chat)', channel: 'chat' },
  ]);
  const passwordHash = await hashPassword(FIXTURE_PASSWORD);
  await db.insert(agents).values([
    { id: 'AG-1', username: 'lin.wei', displayName: '林伟', role: 'specialist', passwordHash },
    { id: 'AG-2', username: 'chen.jing', displayName: '陈静', role: 'csr', passwordHash },
    { id: 'AG-3', username: 'zhang.lead', displayName: '张组长', role: 'lead', passwordHash },
    { id: 'AG-4', username: 'sara.ahmadi', displayName: 'Sara Ahmadi', role: 'csr', passwordHash, languages: ['fa', 'en'] },
    { id: 'AG-ADMIN', username: 'root.admin', displayName: 'Administrator', role: 'admin', passwordHash },
  ]);
  await db.insert(cannedReplies).values(CANNED_REPLIES);
  await db.insert(agentQueues).values([
    { agentId: 'AG-1', queueId: 'claims-voice' },
    { agentId: 'AG-2', queueId: 'service-chat' },
    { agentId: 'AG-4', queueId: 'service-chat' },
  ]);
}
