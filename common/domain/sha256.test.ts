import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex, utf8Bytes } from './sha256';

// common/ may not import node:crypto, even in tests; the vectors below beyond FIPS 180's were
// computed once with OpenSSL (Node's createHash) and cover every padding case around the
// 55/56/64-byte block boundaries.
describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
    ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  ])('matches the FIPS 180 vector %#', (text, hex) => {
    expect(sha256Hex(text)).toBe(hex);
  });

  it.each([
    [1, '2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881'],
    [55, 'd5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072'],
    [56, '04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e'],
    [63, '75220b47218278e656f2013bb8f0c455a25eaf01e86c64924e9d48d89776d6f2'],
    [64, '7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c'],
    [65, '9537c5fdf120482f7d58d25e9ed583f52c02b4e304ea814db1633ad565aed7e9'],
    [111, '5ba60613dba318e9ed9020301e5dc59c721c19d82862e4d03718708aa75d2bad'],
    [119, '000b48d4edf0fa7bee3c6236ecd2785baa5db4eeb8bb54341b029e0d9fa5fb0c'],
    [120, '13f05a0b594787f5ecd315edc96141bd3243203d1b7d4f0836f37308b276ba98'],
    [127, '70156a14adbabf98cff3a71c7084b417abf057a8efd27329ca36b7202c87d81f'],
    [128, '24da1b81d0b16df6428eee73c69fcb2a93c76bc6df706f0c6670fe6bfe800464'],
    [129, '0ec9eb33e74510bcdd1f2ea55206e82f21649c5c2becbf2b433eb475b34c01bd'],
  ])('hashes %d bytes across block boundaries', (n, hex) => {
    expect(sha256Hex('x'.repeat(n))).toBe(hex);
  });

  it('hashes every byte value and UTF-8 text', () => {
    expect(sha256Hex(Uint8Array.from({ length: 256 }, (_, i) => i))).toBe('40aff2e9d2d8922e47afd4648e6967497158785fbd1da870e7110266bf944880');
    expect(sha256Hex('Tanda tangan elektronik — Kota Bontang 😀')).toBe('cfefec47cadadce5bd2d9abfd3b684d94b0b8500ceb6ae75d4602a6b1a208ecc');
    expect(sha256Hex('é€')).toBe('f0165711145fd4315008feb1f589eb75f63fb382417be0782a1c1cab418bc0c4');
  });

  it('hashes a string as its UTF-8 bytes (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => sha256Hex(text) === sha256Hex(utf8Bytes(text))));
  });

  it('encodes UTF-8 like TextEncoder, including astral characters and lone surrogates', () => {
    expect(Array.from(utf8Bytes('Rp é€😀'))).toEqual([0x52, 0x70, 0x20, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
    expect(Array.from(utf8Bytes('\ud800x'))).toEqual([0xef, 0xbf, 0xbd, 0x78]);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
      expect(utf8Bytes(text)).toEqual(new TextEncoder().encode(text));
    }));
  });
});
