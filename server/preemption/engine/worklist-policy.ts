/**
 * Worklist policy: which proactive action a customer at risk gets, and not before when (quiet
 * hours in the rules' time zone: nobody is called or texted at night).
 */
import type { ProactiveAction } from '../../../shared/domain.js';
import type { PreemptionRules } from '../../../shared/schemas/preemption-rules.js';
import type { RiskAssessment } from '../../../shared/schemas/risk.js';
import { MINUTE_MS } from './context.js';
import type { EngineCustomer } from './types.js';

/** The first action rule whose `when` matches; `sms` is skipped without SMS consent; else a callback. */
export function chooseAction(
  assessment: Pick<RiskAssessment, 'band'>,
  customer: Pick<EngineCustomer, 'tier' | 'consentSms' | 'advisorName'>,
  rules: PreemptionRules,
): ProactiveAction {
  const hasAdvisor = customer.advisorName !== null && customer.advisorName.trim() !== '';
  for (const { when, action } of rules.worklist.actions) {
    if (when.tiers && !when.tiers.includes(customer.tier)) continue;
    if (when.bands && !when.bands.includes(assessment.band)) continue;
    if (when.hasAdvisor !== undefined && when.hasAdvisor !== hasAdvisor) continue;
    if (action === 'sms' && !customer.consentSms) continue;
    return action;
  }
  return 'callback';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes since local midnight (with the fraction of the minute) of `at` in `timeZone`. */
function localMinutes(at: Date, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });
    formatters.set(timeZone, format);
  }
  let hour = 0;
  let minute = 0;
  for (const part of format.formatToParts(at)) {
    if (part.type === 'hour') hour = Number(part.value);
    else if (part.type === 'minute') minute = Number(part.value);
  }
  const withinMinute = ((at.getTime() % MINUTE_MS) + MINUTE_MS) % MINUTE_MS;
  return (hour % 24) * 60 + minute + withinMinute / MINUTE_MS;
}

const clockMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * `now` outside quiet hours; inside them, the end of the quiet period (today's end, or
 * tomorrow's for a period crossing midnight that started tonight). Equal start and end: none.
 */
export function notBefore(now: Date, quietHours: PreemptionRules['worklist']['quietHours']): Date {
  const start = clockMinutes(quietHours.start);
  const end = clockMinutes(quietHours.end);
  if (start === end) return now;
  const local = localMinutes(now, quietHours.timeZone);
  const quiet = start < end ? local >= start && local < end : local >= start || local < end;
  if (!quiet) return now;
  const untilEnd = (end - local + 24 * 60) % (24 * 60);
  const candidate = new Date(Math.round(now.getTime() + untilEnd * MINUTE_MS));
  // A daylight-saving change inside the period moves the wall clock: correct once.
  const drift = Math.round(localMinutes(candidate, quietHours.timeZone) - end);
  const wrapped = ((drift + 12 * 60) % (24 * 60) + 24 * 60) % (24 * 60) - 12 * 60;
  return wrapped === 0 ? candidate : new Date(candidate.getTime() - wrapped * MINUTE_MS);
}
