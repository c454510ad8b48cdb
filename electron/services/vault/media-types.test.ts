import { describe, expect, it } from 'vitest';
import { contradictsContent, isVaultMediaType, sniffMediaType } from './media-types';

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe('sniffMediaType', () => {
  it.each([
    ['PDF', ascii('%PDF-1.7\n'), 'application/pdf'],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe1, 0, 0), 'image/jpeg'],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52), 'image/png'],
  ] as const)('recognises %s by its first bytes', (_label, head, type) => {
    expect(sniffMediaType(head)).toBe(type);
  });

  it.each([
    ['a PDF header not at the start', ascii('junk %PDF-1.7')],
    ['HTML', ascii('<!doctype html>')],
    ['a PNG signature without IHDR', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 0, 0, 0, 0)],
    ['an empty file', bytes()],
    ['a Windows program', ascii('MZ\x90\x00')],
  ])('does not recognise %s', (_label, head) => {
    expect(sniffMediaType(head)).toBeUndefined();
  });
});

it('a declared type is contradicted only when it is sniffable and the bytes disagree', () => {
  expect(contradictsContent('application/pdf', ascii('%PDF-1.4'))).toBe(false);
  expect(contradictsContent('image/png', ascii('%PDF-1.4'))).toBe(true);
  expect(contradictsContent('application/json', ascii('{"a":1}'))).toBe(false);
  expect(isVaultMediaType('text/html')).toBe(false);
  expect(isVaultMediaType('image/svg+xml')).toBe(false);
});
