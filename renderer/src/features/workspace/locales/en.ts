import type { AgentState, AwayReason, TransferMode } from '../../../../../shared/domain';

/** i18next namespace `workspace`: ringing, the contact bar, handover, presence. zh-CN and fa follow this shape. */
const en = {
  ringing: {
    label: 'Incoming contact',
    title: 'Incoming {{channel}}',
    warmTitle: 'Transfer from {{name}}',
    urgent: 'Urgent',
    countdown: 'Rings out in {{time}}',
    rangOut: 'Ringing out…',
    readFirst: 'Read the customer’s story below before you answer.',
    accept: 'Accept',
    decline: 'Decline',
    acceptFailed: 'Could not accept the contact: {{message}}',
    declineFailed: 'Could not decline the contact: {{message}}',
  },
  channel: {
    voice: 'call',
    chat: 'chat',
  },
  bar: {
    queue: 'Queue',
    urgent: 'Urgent',
    wrapUp: 'In wrap-up',
  },
  handover: {
    title: 'Transferred from {{name}}',
    mode: {
      warm: 'Warm transfer',
      cold: 'Cold transfer',
    } satisfies Record<TransferMode, string>,
    note: 'Their note',
    facts: 'Already confirmed — don’t ask again',
  },
  pending: {
    waiting: 'Waiting for {{name}} to accept the transfer',
    hint: 'Keep helping the customer meanwhile: the contact stays yours until they accept.',
    keepGoing: 'Keep going',
    tag: 'Transfer to {{name}} pending',
  },
  presence: {
    label: 'Presence',
    state: {
      available: 'Available',
      on_contact: 'On a contact',
      wrap_up: 'Wrapping up',
      away: 'Away',
      offline: 'Offline',
    } satisfies Record<AgentState, string>,
    reason: {
      break: 'Break',
      meeting: 'Meeting',
      training: 'Training',
      missed_offer: 'Missed an offer',
    } satisfies Record<AwayReason, string>,
    reasonLabel: 'Reason for being away',
    reasonPlaceholder: 'Why are you stepping away?',
    since: 'for {{time}}',
    missedOffer: 'You missed an offer. Switch on when you are ready again.',
    awayIdle: 'You are away ({{reason}}): no contact is offered until you switch back on.',
    changeFailed: 'Could not change your presence: {{message}}',
  },
};

export type WorkspaceMessages = typeof en;
export default en;
