// Applications in the local database: imported from a packet here, or pulled from the server.
import { Dexie } from 'dexie';
import { applicationSchema, type Application } from '../../common/domain/application';
import { calendarDateSchema, type CalendarDate } from '../../common/domain/dates';
import { z } from 'zod';
import { workflowStateSchema } from '../../common/domain/workflow';
import { userChange } from './change';
import type { VerikopDb } from './database';
import { DbFailure } from './errors';
import type { Actor, WorkflowState } from './model';
import type { ApplicationRow } from './rows';
import { searchWordsOf } from './search';
import { parseInput } from './validate';
import { dbWrite } from './write';

/** What a packet import (main process) hands back, plus who works on it and its clock. */
export interface ImportedApplication {
  /** The manifest's application; documents carry the SHA-256 under which the vault holds them. */
  readonly application: unknown;
  readonly assignee: string;
  /** Where the file stands; a packet from the licensing office starts 'received'. */
  readonly state?: WorkflowState;
  /** End of the 30-working-day clock from the domain calendar (serviceDeadline). */
  readonly deadline: string;
}

const importSchema = z.object({
  application: applicationSchema,
  assignee: z.string().min(1, { error: 'Petugas yang ditugasi wajib diisi' }),
  state: workflowStateSchema.default('received'),
  deadline: calendarDateSchema,
});

export type ApplicationFields = Pick<ApplicationRow, 'assignee' | 'assignmentVersion' | 'state' | 'stateVersion' | 'deadline' | 'updatedAt'> & Partial<Pick<ApplicationRow, 'auditHead'>>;

export function applicationRow(app: Application, fields: ApplicationFields): ApplicationRow {
  return {
    id: app.id,
    registrationNumber: app.registrationNumber,
    applicantName: app.applicant.name,
    kabKotaCode: app.subBranch.kabKotaCode,
    receivedAt: app.receivedAt,
    application: app,
    searchWords: searchWordsOf(app),
    ...fields,
  };
}

/**
 * Stores an application imported from a packet. The same file twice is refused by its id, so a
 * double click cannot create two files; the vault holds its documents already (main did that
 * before answering), so only their SHA-256 travel here. The audit trail records the import; no
 * operation goes to the server, which takes files in through its own intake and assigns them —
 * when it sends this file, its copy replaces this one.
 */
export async function importApplication(db: VerikopDb, actor: Actor, input: ImportedApplication): Promise<ApplicationRow> {
  const parsed = parseInput(importSchema, input);
  return userChange(db, actor, [db.applications], async ({ now }) => {
    const existing = await db.applications.get(parsed.application.id);
    if (existing) {
      throw new DbFailure('duplicate', `Berkas ${existing.registrationNumber} (${existing.applicantName}) sudah ada di perangkat ini; tidak diimpor dua kali.`);
    }
    const row = applicationRow(parsed.application, { assignee: parsed.assignee, assignmentVersion: 0, state: parsed.state, stateVersion: 0, deadline: parsed.deadline, updatedAt: now });
    await db.applications.add(row);
    return {
      value: row,
      applicationId: row.id,
      audit: {
        action: 'application.import',
        recordType: 'application',
        recordId: row.id,
        payload: { registrationNumber: row.registrationNumber, assignee: parsed.assignee, documents: parsed.application.documents.map((d) => d.sha256) },
      },
    };
  });
}

export function getApplication(db: VerikopDb, id: string): Promise<ApplicationRow | undefined> {
  return db.applications.get(id);
}

/**
 * Recomputes every deadline after the working-day calendar changed (e.g. an amended SKB adds a
 * day of collective leave). Derived data: no audit event, no operation.
 */
export function refreshDeadlines(db: VerikopDb, deadlineOf: (receivedAt: CalendarDate) => CalendarDate): Promise<number> {
  return dbWrite(db, [db.applications], () =>
    db.applications.toCollection().modify((row: { deadline: CalendarDate; receivedAt: CalendarDate }) => {
      row.deadline = deadlineOf(row.receivedAt);
    }),
  );
}

/**
 * Hands the files imported under a stand-in — the labelled local profile used before this device
 * had a profile, or the device's profile before its person signed in — to the person working
 * now, so they appear in that person's inbox instead of under a name nobody signs in as. Local
 * bookkeeping like the import itself: one audit event per file ('application.assign', as the
 * server names an assignment), no operation, since the server assigns files through its own
 * intake and its copy replaces this one when it arrives. Files assigned to anyone else stay.
 */
export async function reassignFiles(db: VerikopDb, actor: Actor, from: readonly string[]): Promise<number> {
  const standIns = from.filter((id) => id !== actor.userId);
  let moved = 0;
  for (const standIn of standIns) {
    const ids = await db.applications.where('[assignee+deadline]').between([standIn, Dexie.minKey], [standIn, Dexie.maxKey]).primaryKeys();
    for (const id of ids) {
      const changed = await userChange(db, actor, [db.applications], async ({ now }) => {
        const row = await db.applications.get(id);
        // Pulled or reassigned meanwhile: whoever holds it now keeps it.
        if (row?.assignee !== standIn) return { value: false, unchanged: true };
        await db.applications.update(id, { assignee: actor.userId, updatedAt: now });
        return {
          value: true,
          applicationId: id,
          audit: { action: 'application.assign', recordType: 'application', recordId: id, payload: { from: standIn, to: actor.userId, reason: 'stand-in' } },
        };
      });
      if (changed) moved += 1;
    }
  }
  return moved;
}
