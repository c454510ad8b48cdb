// Main-process logging. electron-log's Node flavour is used on purpose: its Electron flavour
// registers an unauthenticated `__ELECTRON_LOG__` IPC listener that any renderer could write to,
// and the window has no business writing main's log. Callers log facts (call names, error
// stacks, URL hosts) — never IPC payloads, passphrases or tokens.
import path from 'node:path';
import log from 'electron-log/node';

export function setupLogging(logsDir: string, opts: { verboseConsole: boolean }): void {
  log.transports.file.resolvePathFn = () => path.join(logsDir, 'main.log');
  log.transports.file.level = 'info';
  log.transports.console.level = opts.verboseConsole ? 'debug' : 'warn';
  log.errorHandler.startCatching({ showDialog: false });
}

export { log };
