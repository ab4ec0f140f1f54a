import { z } from 'zod';
import { apiErrorSchema, ERROR_CODES } from '../../shared/schemas/common.js';
import { customerIdSchema } from '../../shared/schemas/customer.js';
import { accessReasonQuerySchema } from '../../shared/schemas/customer-access.js';
import { rulesStatusSchema } from '../../shared/schemas/preemption-rules.js';
import {
  riskAssessmentSchema,
  worklistItemSchema,
  worklistOutcomeRequestSchema,
  worklistPageSchema,
  worklistQuerySchema,
  type WorklistItem,
} from '../../shared/schemas/risk.js';
import { authorizeCustomer } from '../access/customer-access.js';
import { allowRoles } from '../access/roles.js';
import type { AuthenticatedAgent } from '../auth/agent-repository.js';
import type { Db } from '../db/client.js';
import { requireAgent, type GatewayApp } from '../http/app.js';
import { HttpError } from '../http/errors.js';
import { loadRisk } from '../pop/pop-repository.js';
import type { RiskService } from './risk-service.js';
import type { RulesStore } from './rules-store.js';
import { claimItem, listWorklist, recordOutcome } from './worklist-repository.js';

export interface PreemptionRouteDeps {
  db: Db;
  authenticate: (token: string) => Promise<AuthenticatedAgent | null>;
  rules: RulesStore;
  risk: RiskService;
  onWorklistChanged: (item: WorklistItem) => void;
  /** A worklist outcome added a touchpoint to this customer's timeline. */
  onTouchpointAdded: (customerId: string, touchpointId: number) => void;
}

const itemParams = z.object({ id: z.string().min(1).max(64) });
const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };
const rulesBody = z.object({ text: z.string().min(1).max(256 * 1024) }).strict();
const rulesAnswer = z.object({ status: rulesStatusSchema, text: z.string() });

export function registerPreemptionRoutes(app: GatewayApp, deps: PreemptionRouteDeps): void {
  const auth = requireAgent(deps.authenticate);
  const agentOf = (request: { agent: AuthenticatedAgent | null }) => request.agent as AuthenticatedAgent;
  const desktop = { tags: ['desktop'], security: [{ bearer: [] }] };

  app.get(
    '/api/v1/customers/:id/risk',
    {
      preHandler: auth,
      schema: {
        ...desktop,
        summary: "The customer's complaint risk as last computed: score, contributions, why now, playbooks.",
        params: z.object({ id: customerIdSchema }),
        querystring: accessReasonQuerySchema,
        response: { 200: riskAssessmentSchema, ...errors },
      },
    },
    async (request) => {
      await authorizeCustomer(deps.db, {
        agent: request.agent as AuthenticatedAgent,
        customerId: request.params.id,
        reason: request.query.reason,
        origin: request.ip,
      });
      const risk = await loadRisk(deps.db, request.params.id);
      if (!risk) throw new HttpError(404, ERROR_CODES.notFound, `No risk for customer "${request.params.id}"`, 'id');
      return risk;
    },
  );

  app.get(
    '/api/v1/preemption/worklist',
    {
      preHandler: auth,
      schema: {
        ...desktop,
        summary: 'Customers to contact before they contact us, highest risk first (default: open and claimed).',
        querystring: worklistQuerySchema,
        response: { 200: worklistPageSchema, ...errors },
      },
    },
    async (request) => listWorklist(deps.db, request.query),
  );

  app.post(
    '/api/v1/preemption/worklist/:id/claim',
    {
      preHandler: auth,
      schema: { ...desktop, summary: 'Claim a worklist item (409 if someone else has).', params: itemParams, response: { 200: worklistItemSchema, ...errors } },
    },
    async (request) => {
      const item = await claimItem(deps.db, request.params.id, agentOf(request).id, new Date());
      deps.onWorklistChanged(item);
      return item;
    },
  );

  app.post(
    '/api/v1/preemption/worklist/:id/outcome',
    {
      preHandler: auth,
      schema: {
        ...desktop,
        summary: 'Record the outcome of a claimed item; it is added to the customer\'s timeline.',
        params: itemParams,
        body: worklistOutcomeRequestSchema,
        response: { 200: worklistItemSchema, ...errors },
      },
    },
    async (request) => {
      const { item, touchpointId } = await recordOutcome(deps.db, request.params.id, agentOf(request).id, request.body, new Date());
      deps.onWorklistChanged(item);
      deps.onTouchpointAdded(item.customerId, touchpointId);
      deps.risk.enqueue([item.customerId]);
      return item;
    },
  );

  const adminOnly = allowRoles(['admin'], 'change the pre-emption rules');

  app.get(
    '/api/v1/preemption/rules',
    { preHandler: auth, schema: { ...desktop, summary: 'The pre-emption rules in force and their source text.', response: { 200: rulesAnswer, ...errors } } },
    () => ({ status: deps.rules.status, text: deps.rules.source }),
  );

  app.put(
    '/api/v1/preemption/rules',
    {
      preHandler: [auth, adminOnly],
      schema: {
        ...desktop,
        summary: 'Replace the rules (admins): validated, written atomically, applied without restart; a bad file is refused with its line.',
        body: rulesBody,
        response: { 200: rulesAnswer, ...errors },
      },
    },
    async (request) => {
      const result = await deps.rules.replace(request.body.text);
      if (!result.ok) {
        const where = result.line === null ? '' : `line ${String(result.line)}: `;
        throw new HttpError(400, ERROR_CODES.validation, `${where}${result.message}`, 'text');
      }
      return { status: deps.rules.status, text: deps.rules.source };
    },
  );
}
