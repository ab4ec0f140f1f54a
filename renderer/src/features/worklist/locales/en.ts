import type {
  ProactiveAction,
  WorklistOutcome,
  WorklistStatus,
} from '../../../../../shared/domain';

/** i18next namespace `worklist`: the pre-emption worklist. zh-CN.ts and fa.ts follow this shape. */
const en = {
  title: 'Pre-emption worklist',
  subtitle: 'Customers to reach before they complain, highest risk first',
  open: 'Worklist',
  back: 'Back to contacts',
  list: 'Customers to reach',
  filter: {
    label: 'Show',
    active: 'To do',
    open: 'Open',
    claimed: 'Claimed',
    done: 'Done',
  },
  count: '{{shown}} of {{total}}',
  empty: 'Nobody to reach right now',
  loading: 'Loading the worklist…',
  error: 'Could not load the worklist.',
  retry: 'Retry',
  action: {
    callback: 'Call back',
    sms: 'Send an SMS',
    advisor_task: 'Advisor task',
  } satisfies Record<ProactiveAction, string>,
  suggested: 'Suggested: {{action}}',
  notBefore: 'Not before {{time}} (quiet hours)',
  status: {
    open: 'Open',
    claimed: 'Claimed',
    done: 'Done',
  } satisfies Record<WorklistStatus, string>,
  claimedByMe: 'Claimed by you',
  claimedByOther: 'Claimed by {{agent}}',
  claim: 'Claim',
  claimConflict: 'Someone else claimed this customer first.',
  claimFailed: 'Could not claim: {{message}}',
  outcome: {
    label: 'Outcome',
    placeholder: 'What happened?',
    note: 'Note (optional)',
    submit: 'Record outcome',
    conflict: 'This item is no longer yours to close.',
    failed: 'Could not record the outcome: {{message}}',
  },
  outcomes: {
    resolved: 'Resolved',
    follow_up_booked: 'Follow-up booked',
    no_answer: 'No answer',
    declined: 'Declined',
    sms_sent: 'SMS sent',
    advisor_assigned: 'Advisor assigned',
  } satisfies Record<WorklistOutcome, string>,
  closed: 'Closed: {{outcome}}',
};

export type WorklistMessages = typeof en;
export default en;
