import type { CustomerChatStatus } from '../../../../shared/schemas/chat';

/** i18next namespace `customer`: the customer's chat page. zh-CN.ts and fa.ts follow this shape. */
const en = {
  title: 'Chat with us',
  start: {
    heading: 'Chat with an agent',
    intro: 'Tell us who you are and how we can help. An agent will join you shortly.',
    name: 'Your name',
    phone: 'Phone (optional)',
    email: 'Email (optional)',
    language: 'Language',
    message: 'How can we help?',
    submit: 'Start chat',
    invalid: {
      name: 'Please tell us your name (up to 100 characters).',
      phone: 'Use digits, spaces, "+", "(", ")" and "-" only.',
      email: 'Enter a valid email address.',
      language: 'Choose a language.',
      message: 'Write your first message (up to {{max}} characters).',
    },
    error: {
      rateLimited: 'Too many chats were started from here. Please wait a minute and try again.',
      network: 'We could not reach the chat service. Check your connection and try again.',
      unexpected: 'The chat could not be started: {{message}}',
    },
  },
  status: {
    waiting: 'Waiting for an agent…',
    connected: 'You are chatting with {{agentName}}',
    connectedUnnamed: 'You are chatting with an agent',
    ended: 'The chat has ended',
  } satisfies Record<CustomerChatStatus['state'] | 'connectedUnnamed', string>,
  connection: {
    connecting: 'Connecting…',
    reconnecting: 'Reconnecting…',
    refused: 'This chat is no longer available. Start a new chat to talk to us again.',
    closed: 'The connection was closed.',
    reconnect: 'Reconnect',
  },
  transcript: {
    label: 'Conversation',
    empty: 'No messages yet.',
    you: 'You',
    agent: 'Agent',
    attachments: 'Links',
  },
  typing: 'The agent is typing…',
  composer: {
    label: 'Your message',
    placeholder: 'Type a message. Enter sends, Shift+Enter starts a new line.',
    send: 'Send',
    counter: '{{count}} / {{max}}',
    tooLong: 'Your message is {{count}} characters long; the limit is {{max}}. Shorten it to send.',
    empty: 'Write something or add a link.',
    failed: 'Your message was not sent: {{message}}',
    offline: 'You are offline; your message is kept here. Send it again once we reconnect.',
    disabled: 'The chat has ended; you can no longer send messages.',
  },
  link: {
    add: 'Add a link',
    url: 'Link (https://…)',
    name: 'Link name',
    attach: 'Attach',
    cancel: 'Cancel',
    invalidUrl: 'Enter an http:// or https:// link.',
    remove: 'Remove {{name}}',
    limit: 'At most {{max}} links per message.',
  },
  end: {
    button: 'End chat',
    failed: 'The chat could not be ended: {{message}}',
    newChat: 'Start a new chat',
  },
};

export type CustomerMessages = typeof en;
export default en;
