// `npm run server` starts the sync server; `npm run server -- <command>` runs an admin command.
// Settings: flags first, then environment (DATABASE_URL, VERIKOP_DATA_DIR, HOST, PORT,
// LOG_LEVEL, TRUST_PROXY), then defaults (PGlite in .verikop-server/, 127.0.0.1:8787).
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { DataDirBusyError } from '../lock';
import { DEFAULT_DATA_DIR, DEFAULT_HOST, DEFAULT_PORT, startServer, type StorageConfig } from '../start';
import { IntakeError } from '../applications/intake';
import { CalendarError } from '../calendar/store';
import { MigrationError } from '../storage/migrate';
import { commands, UsageError } from './commands';
import { ProvisionError } from './provision';

const options = {
  'data-dir': { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  'trust-proxy': { type: 'boolean' },
  role: { type: 'string' },
  name: { type: 'string' },
  nip: { type: 'string' },
  assign: { type: 'string' },
  lifeline: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function usage(): string {
  return [
    'Penggunaan: npm run server [-- <perintah>] [opsi]',
    '',
    'Tanpa perintah (atau "serve"): jalankan server.',
    '  --data-dir <folder>   data PGlite dan blob (VERIKOP_DATA_DIR; default .verikop-server)',
    '  --host <alamat>       default 127.0.0.1 (HOST); alamat lain hanya di balik TLS',
    '  --port <nomor>        default 8787 (PORT); 0 = pilih bebas',
    '  --trust-proxy         ambil alamat klien dari X-Forwarded-For (TRUST_PROXY=1)',
    '  --lifeline            berhenti ketika stdin ditutup (proses induk berakhir)',
    '  DATABASE_URL=postgres://…  gunakan PostgreSQL, bukan PGlite',
    '',
    'Perintah administrator:',
    ...Object.values(commands).map((c) => `  ${c.usage}`),
  ].join('\n');
}

function storageFrom(flags: Record<string, unknown>): StorageConfig {
  const dataDir = typeof flags['data-dir'] === 'string' ? flags['data-dir'] : (process.env.VERIKOP_DATA_DIR ?? DEFAULT_DATA_DIR);
  const databaseUrl = process.env.DATABASE_URL === undefined || process.env.DATABASE_URL === '' ? undefined : process.env.DATABASE_URL;
  return { dataDir, databaseUrl };
}

async function serve(flags: Record<string, unknown>): Promise<void> {
  const portText = typeof flags.port === 'string' ? flags.port : (process.env.PORT ?? String(DEFAULT_PORT));
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65_535) throw new UsageError(`Port tidak valid: ${portText}`);
  const logger = pino({
    level: process.env.LOG_LEVEL ?? 'info',
    // Tokens and passwords never reach the log, even if a future log line carries a request.
    redact: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'],
  });
  const server = await startServer({
    ...storageFrom(flags),
    host: typeof flags.host === 'string' ? flags.host : (process.env.HOST ?? DEFAULT_HOST),
    port: Number(portText),
    trustProxy: flags['trust-proxy'] === true || process.env.TRUST_PROXY === '1',
    logger,
  });
  // People read these two lines; tests that start the server as a child process parse the first.
  console.log(`Server Verikop mendengarkan di ${server.url}`);
  console.log(`Data: ${server.storage.dataDir} (${server.storage.description})`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => {
    stop('SIGINT');
  });
  process.once('SIGTERM', () => {
    stop('SIGTERM');
  });
  // A server started by the desktop app (demo mode) ends with it, even when the app is killed
  // and cannot send SIGTERM: the app holds our stdin, and the OS closes it when the app dies.
  if (flags.lifeline === true) {
    process.stdin.once('end', () => {
      stop('stdin closed');
    });
    process.stdin.resume();
  }
}

const expected = [UsageError, IntakeError, CalendarError, DataDirBusyError, MigrationError, ProvisionError];

async function main(argv: readonly string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  const [command = 'serve', ...rest] = positionals;
  if (values.help === true || command === 'help') {
    console.log(usage());
    return;
  }
  if (command === 'serve') return serve(values);
  const found = commands[command];
  if (found === undefined) throw new UsageError(`Perintah tidak dikenal: ${command}\n\n${usage()}`);
  const flags = Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => typeof e[1] === 'string'));
  await found.run({ positionals: rest, flags, storage: storageFrom(values) });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (expected.some((kind) => error instanceof kind) || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
    console.error(error instanceof Error ? error.message : String(error));
  } else {
    console.error('Kesalahan tak terduga:', error);
  }
  process.exitCode = 1;
});
