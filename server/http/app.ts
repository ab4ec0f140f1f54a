import { existsSync } from 'node:fs';
import fastifyCors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyRequest } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { ERROR_CODES } from '../../shared/schemas/common.js';
import type { AuthenticatedAgent } from '../auth/agent-repository.js';
import { HttpError, errorBody, installErrorHandler } from './errors.js';
import { containsNul, frameworkErrors, NUL_MESSAGE, refuseNulInUrl } from './input-guards.js';
import { registerSecurityHeaders } from './security-headers.js';
import { SIGNATURE_FORMAT, SIGNATURE_HEADER, SOURCE_HEADER } from './signature.js';

declare module 'fastify' {
  interface FastifyRequest {
    rawBody: Buffer | null;
    agent: AuthenticatedAgent | null;
  }
}

export type GatewayApp = Awaited<ReturnType<typeof createApp>>;

export interface AppOptions {
  logger: FastifyBaseLogger;
  bodyLimit: number;
  webRoot: string;
  version: string;
  allowedOrigins: readonly string[];
}

/** Fastify with zod validation, the one error shape, raw bodies kept for signatures, OpenAPI at /docs. */
export async function createApp(options: AppOptions) {
  const app = Fastify({
    loggerInstance: options.logger,
    bodyLimit: options.bodyLimit,
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: false,
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('rawBody', null);
  app.decorateRequest('agent', null);

  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body: Buffer, done) => {
    request.rawBody = body;
    if (body.length === 0) {
      done(null, undefined);
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8')) as unknown;
    } catch {
      done(new HttpError(400, ERROR_CODES.badRequest, 'The body is not valid JSON'), undefined);
      return;
    }
    if (containsNul(parsed)) done(new HttpError(400, ERROR_CODES.badRequest, NUL_MESSAGE), undefined);
    else done(null, parsed);
  });
  app.addHook('onRequest', refuseNulInUrl);

  installErrorHandler(app);
  // Security headers first, so every later route, static file, 404 and error carries them.
  await registerSecurityHeaders(app);
  // Same-origin (web mode) needs no CORS; the desktop and configured origins get it, nobody else.
  await app.register(fastifyCors, { origin: [...options.allowedOrigins], credentials: false });
  // Registered once; routes opt in (`config.rateLimit`) or build a limiter (`app.createRateLimit`).
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, ERROR_CODES.rateLimited, `Too many requests; try again in ${context.after}`),
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Firebreak gateway',
        description: 'Public v1 contract: contacts, touchpoints, the pop bundle and agent sign-in.',
        version: options.version,
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          signature: { type: 'apiKey', in: 'header', name: SIGNATURE_HEADER, description: SIGNATURE_FORMAT },
          source: { type: 'apiKey', in: 'header', name: SOURCE_HEADER, description: "The integration's name, [a-z0-9-]{1,40}" },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });

  if (existsSync(options.webRoot)) {
    await app.register(fastifyStatic, { root: options.webRoot, prefix: '/', index: ['index.html'] });
    // The customer's chat page: the same build, its own entry, at /chat/.
    await app.register(fastifyStatic, {
      root: options.webRoot,
      prefix: '/chat/',
      index: ['customer.html'],
      redirect: true,
      decorateReply: false,
    });
  } else {
    app.get('/', { schema: { hide: true } }, (_request, reply) =>
      reply
        .code(503)
        .type('text/plain')
        .send(`The web renderer is not built yet (${options.webRoot}). Run: npm run build:web`),
    );
  }

  // GET /healthz (the database's state with it) is registered by the gateway: server/http/health.ts.
  return app;
}

/** preHandler hook: a signed-in agent's bearer token. */
export function requireAgent(authenticate: (token: string) => Promise<AuthenticatedAgent | null>) {
  return async (request: FastifyRequest): Promise<void> => {
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : null;
    const agent = token ? await authenticate(token) : null;
    if (!agent) throw new HttpError(401, ERROR_CODES.unauthorized, 'Sign in first (Authorization: Bearer <token>)');
    request.agent = agent;
  };
}

export { errorBody };
