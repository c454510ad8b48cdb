// What every workspace screen stands on: the local database, the person working, the
// working-day calendar and today's date. One database handle per window, opened on first use.
import {
  createWorkingDayCalendar,
  fromParts,
  loadWorkingDayCalendar,
  seedCalendarDocument,
  holidayCalendarDocumentSchema,
  type Actor,
  type CalendarDate,
  type WorkingDayCalendar,
} from '../../../common/domain';
import { openVerikopDb, type VerikopDb } from '../../db/database';

let opening: Promise<VerikopDb> | undefined;

/** The window's database; a failed open is forgotten so that a retry opens afresh. */
export function localDb(): Promise<VerikopDb> {
  opening ??= openVerikopDb().catch((e: unknown) => {
    opening = undefined;
    throw e;
  });
  return opening;
}

export interface CurrentUser extends Actor {
  readonly name: string;
  /** True while nobody has signed in: a profile of this device only, shown as such. */
  readonly local: boolean;
}

/**
 * Stands in until this device has a profile or someone signs in: work is then done under one
 * profile that belongs to this device and says so on screen. The files imported under it are
 * handed to the real person as soon as there is one (adopt-files.ts).
 */
export const localProfile: CurrentUser = { userId: 'verifikator-lokal', role: 'verifier', name: 'Verifikator (profil lokal)', local: true };

const seedCalendar = createWorkingDayCalendar(holidayCalendarDocumentSchema.parse(seedCalendarDocument));

/**
 * The calendar the server last published (kept by sync), or the one shipped with the app. A
 * stored document that no longer validates is ignored rather than trusted.
 */
export async function workingCalendar(db: VerikopDb): Promise<WorkingDayCalendar> {
  const stored = (await db.syncState.get('local'))?.calendar;
  if (stored === undefined) return seedCalendar;
  const loaded = loadWorkingDayCalendar(stored);
  return loaded.ok ? loaded.calendar : seedCalendar;
}

/** Today on this device's calendar (the date the person sees on their own clock). */
export function today(now: Date = new Date()): CalendarDate {
  return fromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
