import { describe, expect, it } from 'vitest';
import { applicationOfReference, letterReference, letterVerificationUrl, verificationReferenceSchema } from './verification';

describe("a letter's verification reference", () => {
  it('names the application and reads back to it', () => {
    expect(applicationOfReference(letterReference('KSP-2026-0042'))).toBe('KSP-2026-0042');
    expect(applicationOfReference('rek-ttd-0123abcd')).toBeUndefined();
  });

  it('stays acceptable to the lookup for the longest application id', () => {
    const longest = `a${'b'.repeat(63)}`;
    expect(verificationReferenceSchema.safeParse(letterReference(longest)).success).toBe(true);
    expect(verificationReferenceSchema.safeParse('berkas-../etc').success).toBe(false);
    expect(verificationReferenceSchema.safeParse('rek-ttd-0123abcd').success).toBe(true);
  });

  it('is appended to the configured address, or left out when none is configured', () => {
    expect(letterVerificationUrl(' https://dinas.example/verify// ', 'app 1')).toBe('https://dinas.example/verify/berkas-app%201');
    expect(letterVerificationUrl('  ', 'app-1')).toBe('');
  });
});
