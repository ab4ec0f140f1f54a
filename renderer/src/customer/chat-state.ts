import type { ChatMessage, CustomerChatStatus } from '../../../shared/schemas/chat';
import type { CustomerConnection } from './customer-socket';

/** What the chat page knows: the transcript, where the chat stands, and the connection. */
export interface CustomerChatState {
  /** Null until the first `chat.resume` answers. */
  status: CustomerChatStatus | null;
  messages: readonly ChatMessage[];
  agentTyping: boolean;
  connection: CustomerConnection;
  /** Why the last resume failed, if it did. */
  resumeError: string | null;
}

export type CustomerChatAction =
  | { type: 'connection'; connection: CustomerConnection }
  | { type: 'resumed'; status: CustomerChatStatus; messages: readonly ChatMessage[] }
  | { type: 'resume-failed'; message: string }
  | { type: 'message'; message: ChatMessage }
  | { type: 'typing'; typing: boolean }
  | { type: 'status'; status: CustomerChatStatus };

export const initialCustomerChatState: CustomerChatState = {
  status: null,
  messages: [],
  agentTyping: false,
  connection: 'connecting',
  resumeError: null,
};

/**
 * Adds `incoming` to `current` by id (a later copy replaces an earlier one), in the order they were
 * sent; messages with the same time keep the order they arrived in.
 */
export function mergeMessages(
  current: readonly ChatMessage[],
  incoming: readonly ChatMessage[],
): readonly ChatMessage[] {
  if (incoming.length === 0) return current;
  const byId = new Map(current.map((message) => [message.id, message]));
  for (const message of incoming) byId.set(message.id, message);
  return [...byId.values()]
    .map((message, index) => ({ message, index, at: Date.parse(message.sentAt) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ message }) => message);
}

function assertNever(value: never): never {
  throw new Error(`Unhandled chat action: ${JSON.stringify(value)}`);
}

export function customerChatReducer(
  state: CustomerChatState,
  action: CustomerChatAction,
): CustomerChatState {
  switch (action.type) {
    case 'connection':
      return {
        ...state,
        connection: action.connection,
        // A hint from before the drop means nothing now.
        agentTyping: action.connection === 'online' ? state.agentTyping : false,
      };
    case 'resumed':
      return {
        ...state,
        status: action.status,
        messages: mergeMessages(state.messages, action.messages),
        agentTyping: action.status.state === 'ended' ? false : state.agentTyping,
        resumeError: null,
      };
    case 'resume-failed':
      return { ...state, resumeError: action.message };
    case 'message':
      return {
        ...state,
        messages: mergeMessages(state.messages, [action.message]),
        // The agent's message is what they were typing.
        agentTyping: action.message.sender === 'agent' ? false : state.agentTyping,
      };
    case 'typing':
      return { ...state, agentTyping: action.typing && state.status?.state !== 'ended' };
    case 'status':
      return {
        ...state,
        status: action.status,
        agentTyping: action.status.state === 'ended' ? false : state.agentTyping,
      };
    default:
      return assertNever(action);
  }
}
