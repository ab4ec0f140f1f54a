import { useState } from 'react';
import type { Contact } from '../../../../shared/schemas/contact';
import type { PopBundle } from '../../../../shared/schemas/pop';
import { knownFacts } from '../known-facts/known-facts';
import { useFactWords } from '../known-facts/useFactWords';

/**
 * What the agent can hand over as already known: the facts the previous agent handed over, then
 * the known facts the pop shows, in the agent's words.
 */
export function useSuggestedFacts(contact: Contact, pop: PopBundle | null): string[] {
  const words = useFactWords();
  // Read once per dialog opening; the agent edits from there.
  const [now] = useState(() => Date.now());
  const fromPop = pop === null ? [] : knownFacts(pop, contact, now).map((fact) => words(fact).text);
  return [...(contact.handover?.facts ?? []), ...fromPop];
}
