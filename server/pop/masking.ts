/**
 * Masking of sensitive fields. Done on the gateway, so a modified client gets nothing more.
 * Each function keeps just enough for the agent to confirm identity with the customer.
 */

/** `+8613812345678` → `+86 138****5678`; short or odd numbers keep only the last 2 digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return `${'*'.repeat(Math.max(digits.length - 2, 0))}${digits.slice(-2)}`;
  const last4 = digits.slice(-4);
  const country = phone.startsWith('+') ? digits.slice(0, digits.length > 11 ? digits.length - 11 : 1) : '';
  const national = digits.slice(country.length);
  return `${country ? `+${country} ` : ''}${national.slice(0, 3)}${'*'.repeat(national.length - 7)}${last4}`;
}

/** `zhang.wei@example.com` → `z***@example.com`. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}

/** ID numbers show only their last 4 characters. */
export function maskIdNumber(id: string): string {
  return `${'*'.repeat(Math.max(id.length - 4, 4))}${id.slice(-4)}`;
}

/** Bank accounts show only their last 4 digits, grouped as banks print them: `**** **** 1234`. */
export function maskBankAccount(account: string): string {
  const digits = account.replace(/\D/g, '');
  return `**** **** ${digits.slice(-4).padStart(4, '*')}`;
}
