import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { ChatDraft, ChatMessage, CustomerChatStatus } from '../../../shared/schemas/chat';
import {
  customerChatReducer,
  initialCustomerChatState,
  type CustomerChatState,
} from './chat-state';
import {
  CUSTOMER_CHAT_ERROR_CODES,
  CustomerChatError,
  CustomerChatSocket,
  type CustomerSocketFactory,
} from './customer-socket';

/** The agent's typing hint expires if the "stopped" never arrives. */
export const AGENT_TYPING_EXPIRY_MS = 10_000;

export interface CustomerChat extends CustomerChatState {
  /** Resolves with the stored message; rejects with a `CustomerChatError` (the draft is the caller's to keep). */
  send: (draft: ChatDraft) => Promise<ChatMessage>;
  leave: () => Promise<CustomerChatStatus>;
  setTyping: (typing: boolean) => void;
  reconnect: () => void;
}

const offline = () =>
  new CustomerChatError({
    code: CUSTOMER_CHAT_ERROR_CODES.offline,
    message: 'Not connected to the chat service.',
  });

/** One chat's socket for as long as the component lives, and the state its events build. */
export function useCustomerChat(token: string, socketFactory: CustomerSocketFactory): CustomerChat {
  const [state, dispatch] = useReducer(customerChatReducer, initialCustomerChatState);
  const socketRef = useRef<CustomerChatSocket | null>(null);

  useEffect(() => {
    const chat = new CustomerChatSocket(
      token,
      {
        connection: (connection) => dispatch({ type: 'connection', connection }),
        resumed: ({ status, messages }) => dispatch({ type: 'resumed', status, messages }),
        message: (message) => dispatch({ type: 'message', message }),
        typing: (typing) => dispatch({ type: 'typing', typing }),
        status: (status) => dispatch({ type: 'status', status }),
        failure: (error) => dispatch({ type: 'resume-failed', message: error.message }),
      },
      socketFactory,
    );
    socketRef.current = chat;
    chat.start();
    return () => {
      chat.stop();
      if (socketRef.current === chat) socketRef.current = null;
    };
  }, [token, socketFactory]);

  const { agentTyping } = state;
  useEffect(() => {
    if (!agentTyping) return;
    const expiry = setTimeout(
      () => dispatch({ type: 'typing', typing: false }),
      AGENT_TYPING_EXPIRY_MS,
    );
    return () => clearTimeout(expiry);
  }, [agentTyping]);

  const send = useCallback(async (draft: ChatDraft) => {
    const chat = socketRef.current;
    if (chat === null) throw offline();
    const message = await chat.send(draft);
    dispatch({ type: 'message', message });
    return message;
  }, []);

  const leave = useCallback(async () => {
    const chat = socketRef.current;
    if (chat === null) throw offline();
    const status = await chat.leave();
    dispatch({ type: 'status', status });
    return status;
  }, []);

  const setTyping = useCallback((typing: boolean) => socketRef.current?.setTyping(typing), []);
  const reconnect = useCallback(() => socketRef.current?.reconnect(), []);

  return useMemo(
    () => ({ ...state, send, leave, setTyping, reconnect }),
    [state, send, leave, setTyping, reconnect],
  );
}
