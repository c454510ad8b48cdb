// Every migration, in the order it is applied. Append only: a migration that has shipped is
// never edited (the runner refuses a database whose recorded checksum differs).
import { usersAndSessions } from './001-users-and-sessions';
import { blobs } from './002-blobs';
import { applications } from './003-applications';
import { syncLog } from './004-sync-log';
import { calendar } from './005-calendar';
import type { Migration } from './types';

export const migrations: readonly Migration[] = [usersAndSessions, blobs, applications, syncLog, calendar];
export type { Migration } from './types';
