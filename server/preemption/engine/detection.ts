/**
 * What a signal detector returns before scoring: a strength (0–1.5, 1 = the signal as the rules
 * describe it), what it is about, the root causes it points at and the touchpoints that show it.
 */
import type { JourneyStage, RiskSignal, RiskTopic, RootCause } from '../../../shared/domain.js';
import type { RiskFacts, RiskTopicRef } from '../../../shared/schemas/risk.js';
import type { PreemptionRules } from '../../../shared/schemas/preemption-rules.js';
import type { EngineContext } from './context.js';

export interface Detection {
  readonly signal: RiskSignal;
  readonly strength: number;
  /**
   * What it is about. `inherit`: a symptom with no subject of its own (a repeat contact with no
   * claim, an escalation word in a chat): it joins the strongest other topic, else `fallback`.
   */
  readonly topic: RiskTopicRef | InheritedTopic;
  readonly rootCauses: readonly RootCause[];
  readonly evidence: readonly string[];
  readonly facts: RiskFacts;
  /**
   * Its causes say how the customer feels, not why (a bare survey score, a cancellation that
   * follows an unpaid premium): on a topic with a signal that says why, it takes that signal's
   * causes. Symptom signals always behave so.
   */
  readonly derivedCauses?: boolean;
  /**
   * Something the customer is waiting for that is past its date (a claim decision, a refund, a
   * promise, documents, a partner who did not come), and since when: a contact about it after that
   * moment is a chase.
   */
  readonly outstanding?: { readonly since: number; readonly policyId: string | null };
  /**
   * An acute failure the customer is living now (a partner who did not come, within 48 hours):
   * a tier multiplier below 1 does not damp it. Tier entitlements differ; the duty to turn up
   * does not.
   */
  readonly acute?: boolean;
}

/** An item the customer is waiting for, past its date since `since` (see Detection.outstanding). */
export interface Outstanding {
  readonly topic: RiskTopicRef;
  readonly since: number;
  readonly policyId: string | null;
}

export interface InheritedTopic {
  readonly inherit: true;
  readonly fallback: RiskTopicRef;
}

export type SignalRulesOf<S extends RiskSignal> = PreemptionRules['signals'][S];

/** One detector per signal; it sees its own rule and the prepared customer. */
export type Detector<S extends RiskSignal> = (ctx: EngineContext, rule: SignalRulesOf<S>) => Detection[];

export const topic = (kind: RiskTopic, ref: string | null): RiskTopicRef => ({ kind, ref });

export function isInherited(t: Detection['topic']): t is InheritedTopic {
  return 'inherit' in t;
}

export function topicKey(t: RiskTopicRef): string {
  return `${t.kind}:${t.ref ?? ''}`;
}

/**
 * Symptoms show that something is wrong without saying what (contacting again and again,
 * struggling in the portal, threatening to complain): on a topic with a substantive signal they
 * take that signal's root causes and add none of their own; alone they keep their own.
 */
export const SYMPTOM_SIGNALS: ReadonlySet<RiskSignal> = new Set<RiskSignal>([
  'repeat_contact',
  'portal_struggle',
  'escalation_words',
]);

/** The journey stages a topic of this kind belongs to when its evidence says nothing more. */
export const TOPIC_STAGES: Readonly<Record<RiskTopic, readonly JourneyStage[]>> = {
  claim: ['claim'],
  promise: [],
  payment: ['renewal'],
  refund: ['refund'],
  renewal: ['renewal'],
  complaint: [],
  portal: ['consultation'],
  delivery: ['underwriting'],
  policy_data: ['underwriting'],
  service: ['consultation'],
  none: [],
};
