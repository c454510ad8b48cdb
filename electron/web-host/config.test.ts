import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config';

const fallback = path.resolve('/repo/.verikop-data');

describe('parseConfig', () => {
  it('defaults to a random port on 127.0.0.1 and the development data folder', () => {
    expect(parseConfig([], {}, fallback)).toEqual({ host: '127.0.0.1', port: 0, dataDir: fallback, demo: false });
  });

  it('reads flags in both spellings, the flag winning over VERIKOP_DATA_DIR', () => {
    const env = { VERIKOP_DATA_DIR: '/from/env' };
    expect(parseConfig(['--port', '8123', '--data-dir=/from/flag'], env, fallback)).toEqual({
      host: '127.0.0.1',
      port: 8123,
      dataDir: path.resolve('/from/flag'),
      demo: false,
    });
    expect(parseConfig(['--port=0'], env, fallback).dataDir).toBe(path.resolve('/from/env'));
    expect(parseConfig([], { VERIKOP_DATA_DIR: '' }, fallback).dataDir).toBe(fallback);
  });

  it('turns demo mode on with a bare --demo, anywhere among the other flags', () => {
    expect(parseConfig(['--demo'], {}, fallback).demo).toBe(true);
    expect(parseConfig(['--port', '8123', '--demo', '--data-dir', '/d'], {}, fallback)).toEqual({
      host: '127.0.0.1',
      port: 8123,
      dataDir: path.resolve('/d'),
      demo: true,
    });
  });

  it('makes a relative data folder absolute', () => {
    expect(path.isAbsolute(parseConfig(['--data-dir', 'data'], {}, fallback).dataDir)).toBe(true);
  });

  it.each(['0.0.0.0', '::', 'localhost', '192.168.0.2'])('refuses to listen on %s', (host) => {
    expect(() => parseConfig(['--host', host], {}, fallback)).toThrow(/loopback/);
  });

  it('accepts the IPv6 loopback', () => {
    expect(parseConfig(['--host=::1'], {}, fallback).host).toBe('::1');
  });

  it.each([
    [['--port', '65536'], /Port tidak valid/],
    [['--port', '-1'], /Port tidak valid/],
    [['--port', '80a'], /Port tidak valid/],
    [['--port'], /memerlukan nilai/],
    [['--data-dir='], /memerlukan nilai/],
    [['--verbose'], /Opsi tidak dikenal/],
    [['8080'], /Opsi tidak dikenal/],
    [['--demo=ya'], /tidak memerlukan nilai/],
    [['--demo-mode'], /Opsi tidak dikenal/],
  ])('refuses %j with a message saying why', (argv, message) => {
    expect(() => parseConfig(argv, {}, fallback)).toThrow(ConfigError);
    expect(() => parseConfig(argv, {}, fallback)).toThrow(message);
  });
});
