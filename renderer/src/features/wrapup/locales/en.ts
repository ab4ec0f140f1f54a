import type { Disposition, Sentiment } from '../../../../../shared/domain';
import type { ComplaintMode, PromisePreset } from '../wrapup-draft';

/** i18next namespace `wrapup`: after-contact work. zh-CN.ts and fa.ts follow this shape. */
const en = {
  title: 'Wrap-up',
  timer: {
    label: 'After-contact work',
    left: '{{time}} left',
    over: 'Over the limit by {{time}}',
    elapsed: '{{time}} so far',
  },
  disposition: {
    label: 'How did it end?',
    placeholder: 'Choose the outcome',
  },
  dispositions: {
    resolved: 'Resolved',
    information_given: 'Information given',
    complaint_logged: 'Complaint logged',
    follow_up_promised: 'Follow-up promised',
    escalated: 'Escalated',
    transferred: 'Transferred',
    no_action: 'No action needed',
  } satisfies Record<Disposition, string>,
  note: {
    label: 'Note',
    placeholder: 'What happened, for whoever reads this next',
  },
  voc: {
    title: 'Voice of the customer',
    hint: 'Needed for a complaint case; useful every time the customer was unhappy.',
    rootCauses: 'Root causes',
    customerWords: 'The customer’s own words',
    customerWordsPlaceholder: 'Quote them: what they said, how they said it',
    sentiment: 'Sentiment',
  },
  sentiments: {
    positive: 'Positive',
    neutral: 'Neutral',
    negative: 'Negative',
  } satisfies Record<Sentiment, string>,
  complaint: {
    title: 'Complaint case',
    mode: {
      none: 'No case',
      create: 'Open a new case',
      update: 'Update an open case',
    } satisfies Record<ComplaintMode, string>,
    case: 'Case',
    casePlaceholder: 'Choose the open case',
    caseOption: '{{id}} · {{causes}}',
    noOpen: 'This customer has no open case',
    owner: 'Owner',
    me: '{{name}} (me)',
    due: 'Due',
    status: 'New status',
    statusUnchanged: 'Leave as it is',
  },
  promise: {
    title: 'Promise to the customer',
    description: 'What was promised',
    descriptionPlaceholder: 'e.g. Call back with the adjuster’s report',
    due: 'Due',
    presets: {
      'tomorrow-17': 'Tomorrow 17:00',
      'friday-17': 'Friday 17:00',
      'in-3-days': 'In 3 days',
    } satisfies Record<PromisePreset, string>,
  },
  errors: {
    disposition: 'Choose how the contact ended',
    rootCauses: 'Pick at least one root cause',
    customerWords: 'Write the customer’s own words',
    sentiment: 'Choose the customer’s sentiment',
    complaintId: 'Choose the case to update',
    ownerId: 'Choose who owns the case',
    dueAt: 'Choose a due date and time',
    promiseDescription: 'Say what was promised',
  },
  submit: 'Finish wrap-up',
  failed: 'Could not finish the wrap-up: {{message}}',
  saved: 'Wrap-up saved',
  queued:
    'Wrap-up saved on this desktop: it will be sent as soon as the connection is back. You can move on.',
};

export type WrapUpMessages = typeof en;
export default en;
