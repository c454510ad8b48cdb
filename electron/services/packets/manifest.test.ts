import { describe, expect, it } from 'vitest';
import { cleanApplicationInput } from '../../../common/domain/fixtures';
import { defaultPacketLimits } from './limits';
import { parseManifest } from './manifest';

const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const manifest = (extra: Record<string, unknown> = {}) => ({ formatVersion: 1, application: cleanApplicationInput(), ...extra });
const refusal = (bytes: Uint8Array, limits = defaultPacketLimits) => {
  try {
    parseManifest(bytes, limits);
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('expected a refusal');
};

describe('parseManifest', () => {
  it('parses the application with the domain schema', () => {
    expect(parseManifest(encode(manifest()), defaultPacketLimits).application.subBranch.kabKotaCode).toBe('6474');
  });

  it('accepts a UTF-8 byte-order mark, as Windows editors write it', () => {
    const bytes = encode(manifest());
    expect(() => parseManifest(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]), defaultPacketLimits)).not.toThrow();
  });

  it('names the field that is wrong', () => {
    const m = manifest();
    m.application.branchOffice.kabKotaCode = '64';
    const error = refusal(encode(m));
    expect(error.code).toBe('packet_manifest_invalid');
    expect(error.message).toContain('application.branchOffice.kabKotaCode');
  });

  it.each([
    ['no formatVersion', { ...manifest(), formatVersion: undefined }, 'packet_format_unsupported'],
    ['formatVersion as text', manifest({ formatVersion: '1' }), 'packet_format_unsupported'],
    ['an unknown top-level field', manifest({ dokumen: [] }), 'packet_manifest_invalid'],
    ['an array', [manifest()], 'packet_format_unsupported'],
    ['text that is not UTF-8', Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]), 'packet_manifest_invalid'],
  ])('refuses %s', (_label, value, code) => {
    expect(refusal(value instanceof Uint8Array ? value : encode(value)).code).toBe(code);
  });

  it('refuses a manifest above the size limit before parsing it', () => {
    expect(refusal(encode(manifest()), { ...defaultPacketLimits, maxManifestBytes: 100 }).code).toBe('packet_file_too_large');
  });
});
