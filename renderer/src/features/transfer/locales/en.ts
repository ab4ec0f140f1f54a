import type { TransferMode } from '../../../../../shared/domain';

/** i18next namespace `transfer`: the transfer dialog and consults. zh-CN.ts and fa.ts follow this shape. */
const en = {
  open: 'Transfer',
  title: 'Transfer this contact',
  modeLabel: 'How',
  mode: {
    warm: 'Warm: they accept first',
    cold: 'Cold: straight over',
  } satisfies Record<TransferMode, string>,
  targetKindLabel: 'To',
  targetKind: {
    agent: 'An agent',
    queue: 'A queue',
  },
  target: {
    label: 'Who takes it',
    agentPlaceholder: 'Choose an agent',
    queuePlaceholder: 'Choose a queue',
    queueOption: '{{name}} · {{count}} waiting',
    noAgents: 'No other agent is signed in',
    loadFailed: 'Could not load the list: {{message}}',
    required: 'Choose who takes the contact',
  },
  warmNeedsAgent: 'A warm transfer goes to one agent',
  note: {
    label: 'Note for the next agent',
    placeholder: 'What they need to know before they speak',
    required: 'Write what the next agent needs to know',
  },
  facts: {
    label: 'Facts confirmed with the customer',
    hint: 'Ticked lines travel with the contact. Edit them as needed.',
    placeholder: 'A fact you confirmed',
    add: 'Add a fact',
    remove: 'Remove this fact',
    include: 'Hand over this fact',
  },
  submit: 'Transfer',
  cancel: 'Cancel',
  failed: 'Could not transfer: {{message}}',
  sentWarm: 'Waiting for {{name}} to accept',
  sentCold: 'Contact transferred',
  consult: {
    open: 'Consult',
    title: 'Consult a colleague',
    agentLabel: 'Colleague',
    agentPlaceholder: 'Choose a colleague',
    empty: 'No messages about this contact yet',
    placeholder: 'Ask about this contact…',
    send: 'Send',
    failed: 'Could not send: {{message}}',
    to: 'to {{name}}',
    inbox: 'Consults',
    inboxTitle: 'Colleagues asking you',
    inboxEmpty: 'No colleague has asked you anything',
    about: 'About contact {{id}}',
    reply: 'Reply to {{name}}',
  },
};

export type TransferMessages = typeof en;
export default en;
