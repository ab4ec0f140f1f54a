import type { SearchMatchKind } from '../../../../../shared/schemas/customer-search';

/** i18next namespace `matching`. zh-CN.ts and fa.ts are typed against this shape. */
const en = {
  many_one: '{{count}} customer matches this contact',
  many_other: '{{count}} customers match this contact',
  manyHint: 'Verify identity before choosing one. Use ↑ ↓ to move between them.',
  none: 'No customer matched this contact.',
  noneHint: 'Search by phone, name, policy or claim number, then link the contact.',
  searchInstead: 'None of these? Search',
  searchLabel: 'Find the customer',
  searchPlaceholder: 'Phone, name, policy or claim number',
  searching: 'Searching…',
  noResults: 'Nobody found for “{{query}}”.',
  searchFailed: 'The search failed: {{message}}',
  link: 'Link',
  linkLabel: 'Link this contact to {{name}}',
  linkFailed: 'Could not link the contact: {{message}}',
  matchedOn: {
    id: 'Customer ID',
    policy: 'Policy number',
    claim: 'Claim number',
    phone: 'Phone',
    name: 'Name',
  } satisfies Record<SearchMatchKind, string>,
};

export type MatchingMessages = typeof en;
export default en;
