import type { OutboxKind } from '../outbox-item';

/** i18next namespace `outbox`: work saved on this desktop and not yet sent. zh-CN.ts and fa.ts follow this shape. */
const en = {
  indicator: {
    pending_one: '{{count}} pending',
    pending_other: '{{count}} pending',
    failed_one: '{{count}} not sent',
    failed_other: '{{count}} not sent',
    label: 'Work saved on this desktop and not yet sent',
  },
  title: 'Saved here, not yet sent',
  hint: 'Sent in order as soon as the gateway answers; closing the window keeps them.',
  kind: {
    wrapUp: 'Wrap-up',
    chatSend: 'Chat message',
  } satisfies Record<OutboxKind, string>,
  contact: 'Contact {{id}}',
  status: {
    pending: 'Waiting to be sent',
    retrying: 'Waiting to be sent (tried {{count}} times)',
    failed: 'Not sent: {{message}}',
  },
  retry: 'Send again',
  discard: 'Discard',
};

export type OutboxMessages = typeof en;
export default en;
