import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalEntry, entryHash, redactNumbers, type ChainedEntry } from './audit-log.js';

const entry: ChainedEntry = {
  seq: 7,
  at: new Date('2026-11-20T09:00:00.123Z'),
  actor: 'AG-1',
  action: 'pop.viewed',
  customerId: 'CUS-1',
  origin: '127.0.0.1',
  detail: { contactId: 'CT-1', nested: { b: 2, a: [1, '二'] } },
  prevHash: 'a'.repeat(64),
};

describe('the canonical form of an entry', () => {
  it('is sorted JSON of every field, the format version and the previous hash included', () => {
    expect(canonicalEntry(entry)).toBe(
      '{"action":"pop.viewed","actor":"AG-1","at":"2026-11-20T09:00:00.123Z","customerId":"CUS-1",' +
        '"detail":{"contactId":"CT-1","nested":{"a":[1,"二"],"b":2}},"origin":"127.0.0.1",' +
        `"prevHash":"${'a'.repeat(64)}","seq":7,"v":1}`,
    );
    expect(entryHash(entry)).toBe(createHash('sha256').update(canonicalEntry(entry)).digest('hex'));
  });

  it('does not depend on the order of keys (jsonb gives them back in its own order)', () => {
    const reordered = { ...entry, detail: { nested: { a: [1, '二'], b: 2 }, contactId: 'CT-1' } };
    expect(entryHash(reordered)).toBe(entryHash(entry));
  });

  it('changes with any field, the previous hash included', () => {
    const base = entryHash(entry);
    const variants: Partial<ChainedEntry>[] = [
      { seq: 8 },
      { at: new Date('2026-11-20T09:00:00.124Z') },
      { actor: 'AG-2' },
      { action: 'pop.offered' },
      { customerId: null },
      { origin: 'system' },
      { detail: { contactId: 'CT-2', nested: { b: 2, a: [1, '二'] } } },
      { prevHash: 'b'.repeat(64) },
    ];
    for (const change of variants) expect(entryHash({ ...entry, ...change })).not.toBe(base);
  });
});

describe('redactNumbers', () => {
  it('hides phone, ID and card numbers in free text and keeps the words and short numbers', () => {
    expect(redactNumbers('客户身份证 110101199003071234，电话 +86 138 0000 0003')).toBe(
      '客户身份证 [number]，电话 [number]',
    );
    expect(redactNumbers('ID 11010119900307123X please')).toBe('ID [number] please');
    expect(redactNumbers('call 415-555-0100 or (415) 555 0100')).toBe('call [number] or ([number]');
    expect(redactNumbers('claim C-2031, 3 days, ¥8000')).toBe('claim C-2031, 3 days, ¥8000');
    expect(redactNumbers('张伟')).toBe('张伟');
  });
});
