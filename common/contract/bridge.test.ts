import { describe, expect, it } from 'vitest';
import { electronWire, isSha256Hex } from './bridge';

describe('isSha256Hex', () => {
  it('accepts 64 lowercase hex digits only', () => {
    expect(isSha256Hex('0123456789abcdef'.repeat(4))).toBe(true);
    expect(isSha256Hex('0123456789ABCDEF'.repeat(4))).toBe(false);
    expect(isSha256Hex('0'.repeat(63))).toBe(false);
    expect(isSha256Hex(`${'0'.repeat(64)}\n`)).toBe(false);
    expect(isSha256Hex('')).toBe(false);
  });
});

describe('electronWire', () => {
  it('names one channel per call and per event, in separate namespaces', () => {
    expect(electronWire.rpcChannel('app.info')).toBe('rpc:app.info');
    expect(electronWire.eventChannel('app.updateReady')).toBe('event:app.updateReady');
  });
});
