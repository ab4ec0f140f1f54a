/** i18next namespace `trends`: the console's trend charts. zh-CN.ts and fa.ts follow this shape. */
const en = {
  title: 'Trends',
  subtitle:
    'Contacts and risk over the last hours; complaints, partners and outreach over the last days',
  range: {
    hours: 'Hours shown',
    days: 'Days shown',
  },
  updated: 'Updated {{time}}',
  refreshing: 'Refreshing…',
  loading: 'Loading the trends…',
  error: 'Could not load the trends.',
  retry: 'Retry',
  empty: 'Nothing to show for this period yet.',
  noData: 'No data in this period',
  chart: {
    contacts: 'Contacts per hour',
    risk: 'Customer risk per hour',
    rootCause: 'Complaints by root cause',
    line: 'Complaints by product line',
    outcomes: 'Worklist outcomes',
  },
  series: {
    contacts: 'Contacts',
    abandoned: 'Abandoned',
    serviceLevel: 'Service level',
    averageRisk: 'Average risk score',
    highRisk: 'High-risk customers',
  },
  partners: {
    title: 'Partner scorecard',
    name: 'Partner',
    kind: 'Type',
    promisesDue: 'Promises due',
    timeliness: 'On time',
    touchpoints: 'Touchpoints',
    errorRate: 'Error rate',
    complaints: 'Complaints',
    lowTimeliness: 'Fewer than {{threshold}} on time',
    highErrorRate: 'Error rate above {{threshold}}',
    empty: 'No partner worked on a claim in this period.',
  },
};

export type TrendsMessages = typeof en;
export default en;
