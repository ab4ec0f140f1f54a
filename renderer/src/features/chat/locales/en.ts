import type { ChatSender, ContactState } from '../../../../../shared/domain';

/** i18next namespace `chat`: the agent's chat pane, its tabs, script insertion and a lead's whispers. zh-CN.ts and fa.ts follow this shape. */
const en = {
  pane: 'Chat with the customer',
  transcript: 'Conversation',
  loading: 'Loading the conversation…',
  loadFailed: 'Could not load the conversation.',
  retry: 'Retry',
  empty: 'No messages yet.',
  showEarlier_one: 'Show {{count}} earlier message',
  showEarlier_other: 'Show {{count}} earlier messages',
  sender: {
    customer: 'Customer',
    agent: 'Agent',
    system: 'System',
  } satisfies Record<ChatSender, string>,
  customerTyping: 'The customer is typing…',
  composer: {
    label: 'Reply to the customer',
    placeholder:
      'Write a reply. Enter sends, Shift+Enter starts a new line, / finds a canned reply.',
    send: 'Send',
    counter: '{{count}} / {{max}}',
    overLimit_one:
      '{{count}} character too long: shorten the message to send it (at most {{max}}).',
    overLimit_other:
      '{{count}} characters too long: shorten the message to send it (at most {{max}}).',
    sendFailed: 'Not sent: {{message}}',
    sendFailedHint: 'Your text is kept: send it again when you are ready.',
    invalid: 'Write something or add a link first.',
  },
  disabled: {
    queued: 'The chat is still waiting in the queue.',
    offered: 'Accept the chat to reply.',
    wrap_up: 'The chat has ended: finish the wrap-up.',
    closed: 'This chat is closed.',
    abandoned: 'The customer left this chat.',
  } satisfies Record<Exclude<ContactState, 'active'>, string>,
  delivery: {
    sending: 'Sending…',
    waiting: 'Pending: saved on this desktop, sent when the connection is back',
    failed: 'Not sent: {{message}}',
    retry: 'Send again',
    edit: 'Edit',
    discard: 'Discard',
  },
  canned: {
    label: 'Canned replies',
    loading: 'Loading canned replies…',
    none: 'No canned reply matches “/{{query}}”. Esc closes this list.',
    failed: 'Could not load the canned replies.',
  },
  attachment: {
    add: 'Add link',
    url: 'Link (http:// or https://)',
    name: 'Name shown to the customer',
    confirm: 'Attach',
    cancel: 'Cancel',
    invalidUrl: 'Enter an http:// or https:// link.',
    invalidName: 'Give the link a name (at most 200 characters).',
    limit: 'At most {{max}} links per message.',
    remove: 'Remove {{name}}',
    listLabel: 'Links to send',
  },
  tabs: {
    unread_one: '{{count}} unread message',
    unread_other: '{{count}} unread messages',
    waiting: 'Waiting {{duration}}',
    waitingLongest: 'Waits longest',
  },
  script: {
    insert: 'Insert into chat',
    inserted: 'Inserted',
  },
  whisper: {
    from: 'Whisper from {{name}} — only you can see this',
    list: 'Whispers from your team lead',
  },
};

export type ChatMessages = typeof en;
export default en;
