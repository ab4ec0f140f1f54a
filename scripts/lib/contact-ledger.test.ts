import { describe, expect, it } from 'vitest';
import { ContactLedger } from './contact-ledger.js';

describe('the load benchmark’s contact ledger', () => {
  it('times delivery from the first POST to the first offer, and counts lost and unfinished contacts', () => {
    const ledger = new ContactLedger();
    const a = ledger.post('load', 'ext-a', 100);
    const b = ledger.post('load', 'ext-b', 110);
    const c = ledger.post('load', 'ext-c', 120);
    for (const t of [a, b]) Object.assign(t, { taken: true, settled: true });
    c.settled = true; // never taken: refused every time
    ledger.offered('CT-1', 'ext-a', 130);
    ledger.offered('CT-1', 'ext-a', 900); // offered again (a ring-out, a restart): not a new delivery
    ledger.wrapped('CT-1');
    expect(ContactLedger.summarize([a, b, c])).toEqual({
      posted: 3,
      taken: 2,
      notTaken: ['ext-c'],
      delivery: [30],
      lost: 1,
      neverOffered: ['ext-b'],
      unfinished: 0,
    });
    expect(ContactLedger.busy([a, b, c])).toBe(true); // b is taken and not wrapped up
    expect(ContactLedger.busy([a, c])).toBe(false);
  });

  it('catches an offer that arrives before the POST is answered', () => {
    const ledger = new ContactLedger();
    const a = ledger.post('load', 'ext-a', 0);
    ledger.offered('CT-1', 'ext-a', 12);
    Object.assign(a, { taken: true, settled: true });
    expect(ContactLedger.summarize([a])).toMatchObject({ delivery: [12], lost: 0, unfinished: 1 });
  });

  it('tells a second agent accepting the same contact from the same agent answering again', () => {
    const ledger = new ContactLedger();
    expect(ledger.accepted('CT-1', 'AG-1')).toBe(true);
    expect(ledger.accepted('CT-1', 'AG-1')).toBe(true);
    expect(ledger.accepted('CT-1', 'AG-2')).toBe(false);
  });
});
