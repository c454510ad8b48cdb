// Every migration, in the order it is applied. Append only: a migration that has shipped is
// never edited (the runner refuses a database whose recorded checksum differs).
import { usersAndSessions } from './001-users-and-sessions';
import { blobs } from './002-blobs';
import type { Migration } from './types';

export const migrations: readonly Migration[] = [usersAndSessions, blobs];
export type { Migration } from './types';
