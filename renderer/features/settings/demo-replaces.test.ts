// When trying the demo asks first: only where it would replace someone's own profile or sign-in.
import { describe, expect, it } from 'vitest';
import { demoReplacesOwnSetup, type DemoStatus } from './demo-replaces';

const demo: DemoStatus = { serverUrl: 'http://127.0.0.1:41234', nips: ['198001012006041001', '197502022000031002'] };
const own = { name: 'Rina Wulandari, S.E.', nip: '199003152015032004', position: 'Analis Koperasi', role: 'verifier' as const };
const demoProfile = { ...own, nip: '198001012006041001' };
const user = { id: 'u-1', username: 'rina', displayName: 'Rina', role: 'verifier' as const };
const signedOut = { serverUrl: null, user: null };

describe('demoReplacesOwnSetup', () => {
  it('is one click on a blank device, and on one already in demo mode', () => {
    expect(demoReplacesOwnSetup(undefined, signedOut, { serverUrl: null, nips: demo.nips })).toBe(false);
    expect(demoReplacesOwnSetup(demoProfile, { serverUrl: demo.serverUrl, user: { ...user, username: 'verifikator' } }, demo)).toBe(false);
    // Signed out of a real server (its address kept): nothing of the person's to lose.
    expect(demoReplacesOwnSetup(undefined, { serverUrl: 'https://sinkron.dinas.example', user: null }, demo)).toBe(false);
  });

  it('asks when a profile of the person\'s own is saved', () => {
    expect(demoReplacesOwnSetup(own, signedOut, demo)).toBe(true);
  });

  it('asks when signed in to a server other than the demo one, even a local one', () => {
    expect(demoReplacesOwnSetup(undefined, { serverUrl: 'https://sinkron.dinas.example', user }, demo)).toBe(true);
    expect(demoReplacesOwnSetup(undefined, { serverUrl: 'http://127.0.0.1:8080', user }, demo)).toBe(true);
    expect(demoReplacesOwnSetup(demoProfile, { serverUrl: 'http://127.0.0.1:8080', user }, { serverUrl: null, nips: demo.nips })).toBe(true);
  });
});
