import { useTranslation } from 'react-i18next';
import { useFormat } from '../pop/useFormat';
import type { KnownFact } from './known-facts';

function assertNever(value: never): never {
  throw new Error(`Unexpected fact: ${JSON.stringify(value)}`);
}

/** Turns a fact into a sentence and its source, in the agent's language. */
export function useFactWords() {
  const { t } = useTranslation('pop');
  const format = useFormat();
  return (fact: KnownFact): { text: string; source: string } => {
    switch (fact.kind) {
      case 'claim_late':
        return {
          text: t('knownFacts.claimLate', { id: fact.claimId, count: fact.daysLate }),
          source: t('knownFacts.claimsSource', { date: format.date(fact.promisedAt) }),
        };
      case 'complaint_open': {
        const causes = fact.rootCauses.map((cause) => t(`rootCause.${cause}`)).join(', ');
        const opened =
          fact.daysAgo === 0
            ? t('knownFacts.complaintOpenToday', { id: fact.complaintId, causes })
            : t('knownFacts.complaintOpen', { id: fact.complaintId, causes, count: fact.daysAgo });
        return {
          text:
            fact.extendedTo === null
              ? opened
              : `${opened}; ${t('knownFacts.complaintExtended', { date: format.date(fact.extendedTo) })}`,
          source: t('knownFacts.vocSource'),
        };
      }
      case 'promise_overdue':
        return {
          text: t('knownFacts.promiseOverdue', {
            id: fact.promiseId,
            count: fact.daysOverdue,
            description: fact.description,
          }),
          source: t('knownFacts.madeBy', { name: fact.madeBy }),
        };
      case 'promise_broken':
        return {
          text: t('knownFacts.promiseBroken', {
            id: fact.promiseId,
            description: fact.description,
          }),
          source: t('knownFacts.madeBy', { name: fact.madeBy }),
        };
      case 'billing': {
        const id = fact.policyId;
        const state = fact.pendingCancellation
          ? t('knownFacts.pendingCancellation', { id })
          : t('knownFacts.policy', { id });
        const payment = fact.paymentFailed
          ? t('knownFacts.paymentFailed')
          : fact.daysOverdue > 0
            ? t('knownFacts.paymentOverdue', { count: fact.daysOverdue })
            : null;
        return {
          text: payment === null ? state : `${state}, ${payment}`,
          source: t('knownFacts.billingSource'),
        };
      }
      case 'renewal_soon':
        return {
          text: t('knownFacts.renewalSoon', {
            id: fact.policyId,
            count: fact.daysLeft,
            date: format.date(fact.renewalDate),
          }),
          source: t('knownFacts.policySource'),
        };
      case 'ivr':
        return {
          text:
            fact.intent === null
              ? t('knownFacts.ivrPath', { path: fact.path.join(' › ') })
              : t('knownFacts.ivrIntent', { intent: fact.intent }),
          source: t('knownFacts.ivrSource'),
        };
      case 'page_repeat':
        return {
          text: t('knownFacts.pageRepeat', { page: fact.page, count: fact.count }),
          source: t(`channel.${fact.channel}`),
        };
      default:
        return assertNever(fact);
    }
  };
}
