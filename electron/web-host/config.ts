// Command-line flags and environment of the web host, parsed into settings or refused with a
// message that says what to type instead.
import path from 'node:path';
import { isLoopbackAddress } from './guards';
import { hostMessages } from './messages';

export interface WebHostConfig {
  readonly host: string;
  readonly port: number;
  /** Absolute. */
  readonly dataDir: string;
  /** `--demo`: seed the demo certificates and sample packets into the data folder before starting. */
  readonly demo: boolean;
}

export class ConfigError extends Error {}

const flags = ['--port', '--host', '--data-dir'] as const;
type Flag = (typeof flags)[number];
const isFlag = (s: string): s is Flag => (flags as readonly string[]).includes(s);
/** Flags that take no value. */
const switches = ['--demo'] as const;
type Switch = (typeof switches)[number];
const isSwitch = (s: string): s is Switch => (switches as readonly string[]).includes(s);

function parsePort(value: string): number {
  const port = /^[0-9]{1,5}$/.test(value) ? Number(value) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) throw new ConfigError(hostMessages.badPort(value));
  return port;
}

/** Reads `--flag value`, `--flag=value` and bare switches; the last occurrence of a flag wins. */
function readFlags(argv: readonly string[]): { values: Map<Flag, string>; switches: Set<Switch> } {
  const values = new Map<Flag, string>();
  const on = new Set<Switch>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (isSwitch(arg)) {
      on.add(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (isSwitch(name)) throw new ConfigError(hostMessages.switchTakesNoValue(name));
    if (!isFlag(name)) throw new ConfigError(hostMessages.unknownFlag(arg));
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') throw new ConfigError(hostMessages.missingValue(name));
    values.set(name, value);
  }
  return { values, switches: on };
}

/**
 * Flags win over the environment (`VERIKOP_DATA_DIR`), which wins over the defaults: a random
 * port on 127.0.0.1 and `defaultDataDir` (the repository's `.verikop-data/` in development).
 */
export function parseConfig(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  defaultDataDir: string,
): WebHostConfig {
  const { values, switches: on } = readFlags(argv);
  const host = values.get('--host') ?? '127.0.0.1';
  if (!isLoopbackAddress(host)) throw new ConfigError(hostMessages.notLoopback(host));
  const port = parsePort(values.get('--port') ?? '0');
  const envDir = env.VERIKOP_DATA_DIR === '' ? undefined : env.VERIKOP_DATA_DIR;
  const dataDir = path.resolve(values.get('--data-dir') ?? envDir ?? defaultDataDir);
  return { host, port, dataDir, demo: on.has('--demo') };
}
