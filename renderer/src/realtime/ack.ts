import { z } from 'zod';
import { apiErrorSchema } from '../../../shared/schemas/common';
import {
  clientEventSchemas,
  serverEventSchemas,
  type Ack,
  type ClientEventName,
  type ClientEventResponse,
  type ServerEventName,
  type ServerEventPayload,
} from '../../../shared/schemas/socket';

/** `Ack<T>`: `{ok: true, data}` or `{ok: false, error}` in the HTTP error's shape. */
function ackSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: apiErrorSchema.shape.error }),
  ]);
}

// The shared tables re-typed per key, so a generic event name keeps its own types.
const payloadSchemas: { [E in ServerEventName]: z.ZodType<ServerEventPayload<E>> } =
  serverEventSchemas;
// One ack schema per client event, built from the shared table so no event can be left out.
const ackSchemas = Object.fromEntries(
  (Object.keys(clientEventSchemas) as ClientEventName[]).map((event) => [
    event,
    ackSchema(clientEventSchemas[event].response),
  ]),
) as unknown as { [E in ClientEventName]: z.ZodType<Ack<ClientEventResponse<E>>> };

/** The payload schema of one server event. */
export function payloadSchemaOf<E extends ServerEventName>(
  event: E,
): z.ZodType<ServerEventPayload<E>> {
  return payloadSchemas[event];
}

/** The acknowledgement schema of one client event, built on its shared response schema. */
export function ackSchemaOf<E extends ClientEventName>(
  event: E,
): z.ZodType<Ack<ClientEventResponse<E>>> {
  return ackSchemas[event];
}
