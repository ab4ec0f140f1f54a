import { describe, expect, it } from 'vitest';
import { maskBankAccount, maskEmail, maskIdNumber, maskPhone } from './masking.js';

describe('masking', () => {
  it('keeps the country code, the first 3 and last 4 digits of a mobile number', () => {
    expect(maskPhone('+8613812345678')).toBe('+86 138****5678');
    expect(maskPhone('+14155550123')).toBe('+1 415***0123');
  });

  it('never shows the full number, whatever its shape', () => {
    for (const phone of ['12345', '+8613812345678', '021-5555-0199', '138 1234 5678']) {
      const digits = phone.replace(/\D/g, '');
      expect(maskPhone(phone).replace(/\D/g, '')).not.toBe(digits);
    }
  });

  it('masks an email to its first letter and domain', () => {
    expect(maskEmail('zhang.wei@example.com')).toBe('z***@example.com');
    expect(maskEmail('broken')).toBe('***');
  });

  it('shows only the last four characters of an ID number', () => {
    expect(maskIdNumber('110101199003071234')).toBe('**************1234');
    expect(maskIdNumber('12345')).toBe('****2345');
  });

  it('shows only the last 4 digits of a bank account, whatever its grouping', () => {
    expect(maskBankAccount('6222 0212 3456 7890 123')).toBe('**** **** 0123');
    expect(maskBankAccount('IR062960000000100324200001')).toBe('**** **** 0001');
    expect(maskBankAccount('12')).toBe('**** **** **12');
  });
});
