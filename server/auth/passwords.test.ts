import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';

const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe('passwords', () => {
  it('verifies the right password only, with salt and parameters kept in the hash', async () => {
    const a = await hashPassword('kopi-tubruk-2026', FAST);
    const b = await hashPassword('kopi-tubruk-2026', FAST);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('kopi-tubruk-2026', a)).toBe(true);
    expect(await verifyPassword('kopi-tubruk-2027', a)).toBe(false);
    expect(await verifyPassword('kopi-tubruk-2026', 'plain')).toBe(false);
  });

  it('treats composed and decomposed Unicode as the same password', async () => {
    const hash = await hashPassword('kata-sandi-é-aman', FAST);
    expect(await verifyPassword('kata-sandi-e\u0301-aman', hash)).toBe(true);
  });

  it('refuses short passwords and ones containing the user name, in Indonesian', () => {
    expect(passwordProblem('pendek', 'siti')).toMatch(/minimal 10/);
    expect(passwordProblem('siti.rahma-2026', 'siti.rahma')).toMatch(/nama pengguna/);
    expect(passwordProblem('cukup-panjang-sekali', 'siti')).toBeUndefined();
  });
});
