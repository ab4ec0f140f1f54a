/**
 * The bad-input corpus: values an attacker, a broken integration or a fuzzer would send. Each is
 * named, so a failing assertion says which one got through. Used by the corpus tests to throw at
 * every public HTTP endpoint and socket event.
 *
 * - `bodies`: raw request bodies, most of them not valid JSON or not the shape asked for;
 * - `values`: JSON values to put in place of one field (wrong types, huge, nested, unicode edges,
 *   injections, other agents' ids), combined with a valid request by the tests;
 * - `pathSegments`: strings to put where an id goes in a URL.
 */

export interface HostileBody {
  readonly name: string;
  /** Exactly the bytes sent. */
  readonly raw: string;
}

export interface HostileValue {
  readonly name: string;
  readonly value: unknown;
}

const nested = (depth: number, leaf: unknown = 1): unknown => {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};
const nestedArrays = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** Strings that break naive parsers, renderers, SQL and logs. */
const HOSTILE_STRINGS: readonly HostileValue[] = [
  { name: 'empty string', value: '' },
  { name: 'only spaces', value: '   ' },
  { name: 'null byte', value: 'a\u0000b' },
  { name: 'control characters', value: '\u0001\u0002\u0007\u001b[31mred\u001b[0m' },
  { name: 'CR LF injection', value: 'x\r\nSet-Cookie: evil=1' },
  { name: 'right-to-left override', value: '\u202Egnp.exe' },
  { name: 'RTL and LTR marks', value: '\u200F\u200Eحسین\u200F' },
  { name: 'zero-width characters', value: 'a\u200B\u200C\u200D\u2060\uFEFFb' },
  { name: 'only zero-width', value: '\u200B\u200B\u200B' },
  { name: 'byte-order mark', value: '\uFEFF' },
  { name: 'lone high surrogate', value: 'a\uD800b' },
  { name: 'lone low surrogate', value: 'a\uDC00b' },
  { name: 'reversed surrogate pair', value: '\uDC00\uD800' },
  { name: 'emoji with modifiers', value: '👩🏽‍💻🇨🇳🏳️‍🌈' },
  { name: 'combining characters', value: `Z${'\u0301\u0302\u0303'.repeat(200)}` },
  { name: 'Persian with tatweel', value: 'بـــیـــمـــه' },
  { name: 'full-width digits', value: '１２３４５６' },
  { name: 'Arabic-Indic digits', value: '١٢٣٤٥٦' },
  { name: 'SQL quote', value: "' OR '1'='1" },
  { name: 'SQL comment', value: "admin'--" },
  { name: 'SQL stacked query', value: '1; DROP TABLE customers; --' },
  { name: 'SQL union', value: "' UNION SELECT id_number FROM customers --" },
  { name: 'SQL sleep', value: "1' AND pg_sleep(5)--" },
  { name: 'SQL LIKE wildcards', value: '%_%_%' },
  { name: 'script tag', value: '<script>alert(1)</script>' },
  { name: 'img onerror', value: '<img src=x onerror=alert(1)>' },
  { name: 'javascript URL', value: 'javascript:alert(document.cookie)' },
  { name: 'svg onload', value: '<svg/onload=alert(1)>' },
  { name: 'HTML entities', value: '&lt;&#x3C;&#60;' },
  { name: 'template injection', value: '{{constructor.constructor("alert(1)")()}}' },
  { name: 'i18next interpolation', value: '{{password}} $t(secret)' },
  { name: 'path traversal', value: '../../../../etc/passwd' },
  { name: 'encoded traversal', value: '..%2f..%2f..%2fetc%2fpasswd' },
  { name: 'Windows path', value: '..\\..\\windows\\win.ini' },
  { name: 'URL', value: 'http://169.254.169.254/latest/meta-data/' },
  { name: 'format string', value: '%s%s%s%n%x' },
  { name: 'JSON in a string', value: '{"role":"admin"}' },
  { name: 'proto key as value', value: '__proto__' },
  { name: 'very long string (100k)', value: 'x'.repeat(100_000) },
  { name: 'very long CJK string (20k)', value: '保'.repeat(20_000) },
  { name: 'long line of newlines', value: '\n'.repeat(10_000) },
  { name: 'number as string', value: '12345' },
  { name: 'negative number as string', value: '-1' },
  { name: 'NaN as string', value: 'NaN' },
  { name: 'Infinity as string', value: 'Infinity' },
  { name: 'boolean as string', value: 'true' },
  { name: 'null as string', value: 'null' },
  { name: 'undefined as string', value: 'undefined' },
  { name: 'date far future', value: '9999-12-31T23:59:59.999Z' },
  { name: 'date far past', value: '0001-01-01T00:00:00Z' },
  { name: 'invalid date', value: '2026-02-30T25:61:61Z' },
  { name: 'date without zone', value: '2026-11-22 10:00' },
  { name: 'another agent id', value: 'AG-LEAD-1' },
  { name: 'contact id of nobody', value: 'CT-00000000-dead' },
  { name: 'customer id of nobody', value: 'C-does-not-exist' },
  { name: 'wildcard id', value: '*' },
  { name: 'phone with letters', value: '+86abc123' },
  { name: 'email header injection', value: 'a@b.c\nBcc: victim@example.com' },
];

const HOSTILE_NUMBERS: readonly HostileValue[] = [
  { name: 'zero', value: 0 },
  { name: 'negative', value: -1 },
  { name: 'negative zero', value: -0 },
  { name: 'fraction', value: 0.5 },
  { name: 'huge', value: 1e308 },
  { name: 'tiny', value: 5e-324 },
  { name: 'max safe + 1', value: 2 ** 53 + 1 },
  { name: 'min safe - 1', value: -(2 ** 53) - 1 },
  { name: 'int32 overflow', value: 2 ** 31 },
  { name: 'int64 overflow', value: 2 ** 64 },
];

const HOSTILE_SHAPES: readonly HostileValue[] = [
  { name: 'null', value: null },
  { name: 'true', value: true },
  { name: 'false', value: false },
  { name: 'empty object', value: {} },
  { name: 'empty array', value: [] },
  { name: 'array of strings', value: ['a', 'b'] },
  { name: 'array of nulls', value: [null, null] },
  { name: 'nested array', value: [[[[[]]]]] },
  { name: 'object with proto key', value: JSON.parse('{"__proto__":{"admin":true}}') as unknown },
  { name: 'object with constructor', value: { constructor: { prototype: { admin: true } } } },
  { name: 'object with toString', value: { toString: 'x', valueOf: 'y' } },
  { name: 'deep nesting (64)', value: nested(64) },
  { name: 'deep nesting (2,000)', value: nested(2_000) },
  { name: 'array of 100k numbers', value: Array.from({ length: 100_000 }, (_, i) => i) },
  { name: 'array of 10k objects', value: Array.from({ length: 10_000 }, () => ({ a: 1 })) },
  {
    name: 'object with 10k keys',
    value: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${String(i)}`, i])),
  },
];

/** Everything that can replace one field of a valid request. */
export const HOSTILE_VALUES: readonly HostileValue[] = [
  ...HOSTILE_STRINGS,
  ...HOSTILE_NUMBERS,
  ...HOSTILE_SHAPES,
];

/** Whole request bodies, as raw bytes. */
export const HOSTILE_BODIES: readonly HostileBody[] = [
  { name: 'empty body', raw: '' },
  { name: 'whitespace body', raw: '   \n\t ' },
  { name: 'truncated object', raw: '{"a": 1' },
  { name: 'truncated string', raw: '{"a": "b' },
  { name: 'trailing comma', raw: '{"a": 1,}' },
  { name: 'single quotes', raw: "{'a': 1}" },
  { name: 'unquoted keys', raw: '{a: 1}' },
  { name: 'comments', raw: '{"a": 1 /* c */}' },
  { name: 'NaN literal', raw: '{"a": NaN}' },
  { name: 'Infinity literal', raw: '{"a": Infinity}' },
  { name: 'undefined literal', raw: '{"a": undefined}' },
  { name: 'two documents', raw: '{"a":1}{"b":2}' },
  { name: 'bare string', raw: '"hello"' },
  { name: 'bare number', raw: '42' },
  { name: 'bare null', raw: 'null' },
  { name: 'bare array', raw: '[]' },
  { name: 'array of objects', raw: '[{"a":1}]' },
  {
    name: 'XML',
    raw: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
  },
  { name: 'form encoded', raw: 'username=admin&password=x' },
  { name: 'invalid UTF-8 escape', raw: '{"a": "\\uD800"}' },
  { name: 'bad escape', raw: '{"a": "\\x41"}' },
  { name: 'raw control character in string', raw: '{"a": "b\u0001c"}' },
  { name: 'duplicate keys', raw: '{"a": 1, "a": 2}' },
  {
    name: 'proto pollution',
    raw: '{"__proto__": {"role": "admin"}, "constructor": {"prototype": {"role": "admin"}}}',
  },
  { name: 'deeply nested arrays (10k)', raw: nestedArrays(10_000) },
  { name: 'deeply nested objects (5k)', raw: `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}` },
  { name: 'huge number literal', raw: `{"a": 1${'0'.repeat(400)}}` },
  { name: 'exponent overflow', raw: '{"a": 1e99999}' },
  { name: 'BOM before JSON', raw: '\uFEFF{"a":1}' },
  { name: 'null bytes', raw: '\u0000\u0000\u0000' },
  { name: 'binary noise', raw: String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i)) },
];

/** What goes where an id sits in a URL (already percent-encoded where needed). */
export const HOSTILE_PATH_SEGMENTS: readonly HostileValue[] = [
  { name: 'dot dot', value: '..' },
  { name: 'encoded traversal', value: '..%2F..%2Fetc%2Fpasswd' },
  { name: 'double-encoded traversal', value: '%252e%252e%252f' },
  { name: 'encoded null byte', value: 'a%00b' },
  { name: 'encoded newline', value: 'a%0d%0aX-Injected:1' },
  { name: 'SQL in id', value: encodeURIComponent("1' OR '1'='1") },
  { name: 'script in id', value: encodeURIComponent('<script>alert(1)</script>') },
  { name: 'RTL override in id', value: encodeURIComponent('\u202Eabc') },
  { name: 'zero-width in id', value: encodeURIComponent('a\u200Bb') },
  { name: 'lone surrogate in id', value: '%ED%A0%80' },
  { name: 'very long id', value: 'x'.repeat(5_000) },
  { name: 'unicode id', value: encodeURIComponent('客户') },
  { name: 'another agent id', value: 'AG-LEAD-1' },
  { name: 'id of nobody', value: 'nobody' },
];

/** Every named input, for counting the corpus. */
export const CORPUS_SIZE =
  HOSTILE_VALUES.length + HOSTILE_BODIES.length + HOSTILE_PATH_SEGMENTS.length;
