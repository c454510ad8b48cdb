import type { Migration } from './types';

// The published working-day calendar (one row). Until an administrator publishes one, the
// server serves the calendar built into common/domain.
export const calendar: Migration = {
  id: 5,
  name: 'calendar',
  statements: [
    `CREATE TABLE calendar (
      id integer PRIMARY KEY CHECK (id = 1),
      document jsonb NOT NULL,
      version integer NOT NULL CHECK (version >= 1),
      seq bigint NOT NULL,
      updated_by bigint REFERENCES users (id)
    )`,
  ],
};
