/**
 * `firebreak://customer/ID` and `firebreak://contact/ID`: how a softphone or CRM hands a
 * customer or a contact over to the desktop. The URL comes from outside (the OS passes it on the
 * command line or in `open-url`), so it is parsed strictly: anything but exactly these two forms
 * is refused with a reason, and nothing of it is ever used as a path, a URL or HTML.
 */
export const DEEP_LINK_SCHEME = 'firebreak';

export type DeepLink =
  | { readonly kind: 'customer'; readonly customerId: string }
  | { readonly kind: 'contact'; readonly contactId: string };

export type DeepLinkParse =
  { readonly ok: true; readonly link: DeepLink } | { readonly ok: false; readonly reason: string };

/** Longest deep link accepted; real ones are well under 100 characters. */
export const DEEP_LINK_MAX_LENGTH = 256;
/** Customer and contact ids: what the gateway issues (see customerIdSchema). */
const ID = /^[A-Za-z0-9_-]{1,64}$/;
/**
 * Exactly the form we issue, lower-case (no `i` flag): `FIREBREAK://` or `firebreak://CUSTOMER/`
 * is not something our softphone or CRM integrations send, so it is refused, not normalised.
 * One trailing slash is tolerated (some launchers append it).
 */
const FORM = /^firebreak:\/\/(customer|contact)\/([^/?#]*)\/?$/;

const refuse = (reason: string): DeepLinkParse => ({ ok: false, reason });

export function parseDeepLink(raw: unknown): DeepLinkParse {
  if (typeof raw !== 'string') return refuse('not a string');
  if (raw.length > DEEP_LINK_MAX_LENGTH)
    return refuse(`longer than ${String(DEEP_LINK_MAX_LENGTH)} characters`);
  // Control characters, spaces and backslashes have no place in a link we issue.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\s\\\u0000-\u001f\u007f]/.test(raw))
    return refuse('contains spaces, backslashes or control characters');
  const match = FORM.exec(raw);
  if (match === null)
    return refuse('must be firebreak://customer/ID or firebreak://contact/ID, with nothing else');
  const [, kind = '', id = ''] = match;
  if (!ID.test(id)) return refuse('the ID must be 1 to 64 letters, digits, "-" or "_"');
  return kind === 'customer'
    ? { ok: true, link: { kind: 'customer', customerId: id } }
    : { ok: true, link: { kind: 'contact', contactId: id } };
}

/**
 * The first argument that looks like a deep link (any case, so a refused one is still seen and
 * logged), among command-line arguments: Windows and Linux pass the link there. Not validated:
 * pass the result to parseDeepLink.
 */
export function findDeepLinkArgument(argv: readonly string[]): string | null {
  return argv.find((arg) => arg.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`)) ?? null;
}
