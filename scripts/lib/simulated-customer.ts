/**
 * A customer on the chat page, as the simulator plays one: opens a chat through the same
 * endpoint and socket the page uses (`POST /api/v1/chat/sessions`, namespace `/customer`),
 * writes a follow-up now and then, and leaves after a while.
 */
import { io, type Socket } from 'socket.io-client';
import type { ChatSessionResponse } from '../../shared/schemas/chat.js';
import { CUSTOMER_NAMESPACE } from '../../shared/schemas/customer-socket.js';

const OPENERS = ['我的理赔进度怎么样了？', '续保价格为什么涨了？', 'When will my refund arrive?', 'I need to update my address.'];
const FOLLOW_UPS = ['还在吗？', '请尽快回复，谢谢', 'Any news?', '我已经等了很久了'];

export interface SimulatedCustomer {
  contactId: string;
  /** Leaves the chat now (the page's "End chat"). */
  leave(): void;
}

export async function startWebChat(
  url: string,
  random: () => number,
  options: { followUpMs?: number; stayMs?: number } = {},
): Promise<SimulatedCustomer> {
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)] ?? list[0] ?? '';
  const message = pick(OPENERS);
  const res = await fetch(`${url}/api/v1/chat/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: `Sim ${String(Math.floor(random() * 10_000))}`,
      phone: `+86137${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
      language: /[a-z]/i.test(message) ? 'en' : 'zh-CN',
      message,
    }),
  });
  if (res.status !== 201) throw new Error(`chat refused: ${String(res.status)} ${await res.text()}`);
  const { contactId, token } = (await res.json()) as ChatSessionResponse;
  const socket: Socket = io(`${url}${CUSTOMER_NAMESPACE}`, { auth: { token }, transports: ['websocket'] });
  const followUp = setInterval(() => {
    socket.emit('chat.send', { text: pick(FOLLOW_UPS) }, () => undefined);
  }, options.followUpMs ?? 20_000);
  const leave = () => {
    clearInterval(followUp);
    clearTimeout(stay);
    socket.emit('chat.leave', {}, () => socket.close());
    setTimeout(() => socket.close(), 1000).unref();
  };
  const stay = setTimeout(leave, options.stayMs ?? 120_000);
  followUp.unref();
  stay.unref();
  return { contactId, leave };
}
