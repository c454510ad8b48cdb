import { describe, expect, it } from 'vitest';
import { normaliseServerUrl } from './server-url';

describe('server address', () => {
  it('normalises what people type', () => {
    expect(normaliseServerUrl(' https://Sinkron.Dinas.example.go.id/ ')).toBe('https://sinkron.dinas.example.go.id');
    expect(normaliseServerUrl('sinkron.dinas.example.go.id')).toBe('https://sinkron.dinas.example.go.id');
    expect(normaliseServerUrl('https://dinas.example.go.id:8443/verikop//')).toBe('https://dinas.example.go.id:8443/verikop');
    expect(normaliseServerUrl('http://127.0.0.1:4100')).toBe('http://127.0.0.1:4100');
    expect(normaliseServerUrl('http://localhost:4100/')).toBe('http://localhost:4100');
  });

  it('refuses plain http across a network, credentials, queries and nonsense, with a reason', () => {
    for (const [input, reason] of [
      ['http://dinas.example.go.id', /https/],
      ['ftp://dinas.example.go.id', /https/],
      ['https://siti:rahasia@dinas.example.go.id', /kata sandi/],
      ['https://dinas.example.go.id/?a=1', /tanda tanya/],
      ['https://exa mple', /tidak dapat dibaca/],
    ] as const) {
      expect(() => normaliseServerUrl(input)).toThrow(reason);
    }
  });
});
