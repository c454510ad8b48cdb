// Bench page for IndexedDB: our repositories (renderer/db) and a raw IndexedDB put loop, exposed
// on window for tests/bench/indexeddb.ts. Runs in Chromium, on a loopback origin.
import { cleanApplication } from '../../../common/domain/fixtures';
import type { CalendarDate } from '../../../common/domain/dates';
import type { Actor } from '../../../common/domain/workflow';
import { applicationRow } from '../../../renderer/db/applications';
import { Dexie, listInbox, openVerikopDb, saveFinding, type InboxQuery, type VerikopDb } from './db-imports';

const actor: Actor = { userId: 'u-siti', role: 'verifier' };
const REQUIREMENTS = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8'] as const;
const STATES = ['received', 'in_verification', 'awaiting_approval', 'returned', 'approved', 'signed', 'delivered'] as const;
const PEOPLE = ['u-siti', 'u-budi', 'u-ani', 'u-rudi'];
const PLACES = ['Bontang', 'Samarinda', 'Balikpapan', 'Tenggarong', 'Sangatta'];
const WORDS = ['Sejahtera', 'Makmur', 'Mandiri', 'Bersama', 'Sentosa', 'Maju', 'Jaya', 'Abadi'];
/**
 * How a city's cooperatives are named, with rough weights: about half spell out "Koperasi", the
 * rest go by an abbreviation (KSP, Kopdit, Kospin, KSU, Kopkar, KSPPS) or another form (BMT,
 * Credit Union). Not every name has "Koperasi": the inbox skips a typed word every file has, so a
 * data set where every name began with it turned the "koperasi" query into a text-free one.
 */
const KINDS: readonly (readonly [string, number])[] = [
  ['Koperasi Simpan Pinjam', 25], ['KSP', 15], ['Kopdit', 8], ['Koperasi Konsumen', 10], ['Kospin', 6],
  ['Koperasi Serba Usaha', 8], ['KSU', 7], ['Koperasi Karyawan', 6], ['Kopkar', 5], ['Koperasi Produsen', 4],
  ['Koperasi Jasa', 4], ['Koperasi Pemasaran', 3], ['KSPPS', 5], ['BMT', 3], ['Credit Union', 3],
];
const KIND_WEIGHT = KINDS.reduce((sum, [, w]) => sum + w, 0);

/** mulberry32: a small seeded generator, so every run and every machine gets the same names. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function kindOf(random: () => number): string {
  let pick = random() * KIND_WEIGHT;
  for (const [kind, w] of KINDS) {
    pick -= w;
    if (pick < 0) return kind;
  }
  return KINDS[0]?.[0] ?? 'Koperasi';
}

/** n applications, spread over people, states, deadlines and names; bulk-written (not measured). */
async function seedApplications(db: VerikopDb, n: number): Promise<void> {
  const base = cleanApplication();
  const rows = [];
  const random = seeded(20261207);
  for (let i = 0; i < n; i++) {
    const name = `${kindOf(random)} ${WORDS[i % WORDS.length] ?? ''} ${WORDS[(i * 7) % WORDS.length] ?? ''} ${PLACES[i % PLACES.length] ?? ''} ${String(i)}`;
    const app = { ...base, id: `app-${String(i).padStart(5, '0')}`, registrationNumber: `REG/${String(i)}/2026`, applicant: { ...base.applicant, name } };
    const day = 1 + (i % 28);
    const month = 4 + (i % 6);
    rows.push(
      applicationRow(app, {
        assignee: PEOPLE[i % PEOPLE.length] ?? 'u-siti',
        assignmentVersion: 0,
        state: STATES[(i * 3) % STATES.length] ?? 'received',
        stateVersion: 0,
        deadline: `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as CalendarDate,
        updatedAt: '2026-03-30T02:00:00.000Z',
      }),
    );
  }
  await db.applications.bulkPut(rows);
}

let db: VerikopDb | undefined;

async function fresh(name: string): Promise<VerikopDb> {
  db?.close();
  await Dexie.delete(name);
  db = await openVerikopDb(name);
  return db;
}

/** Saves `count` findings (8 per application) through saveFinding; answers ms. */
async function saveFindings(count: number): Promise<number> {
  const target = await fresh('bench-findings');
  await seedApplications(target, Math.ceil(count / REQUIREMENTS.length));
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    await saveFinding(target, actor, {
      applicationId: `app-${String(Math.floor(i / REQUIREMENTS.length)).padStart(5, '0')}`,
      requirement: REQUIREMENTS[i % REQUIREMENTS.length] ?? 'R1',
      status: null,
      note: `Catatan pemeriksaan nomor ${String(i)}: dokumen asli diperlihatkan saat cek lokasi.`,
      evidence: [],
    });
  }
  return performance.now() - start;
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => { resolve(r.result); };
    r.onerror = () => { reject(r.error ?? new Error('IndexedDB request failed')); };
  });
}

/** The rows saveFindings wrote: findings, and the audit events and outbox entries beside them. */
async function writtenRows(): Promise<{ findings: unknown[]; audit: unknown[]; outbox: unknown[] }> {
  if (db === undefined) throw new Error('run saveFindings first');
  return { findings: await db.findings.toArray(), audit: await db.auditEvents.toArray(), outbox: await db.outbox.toArray() };
}

/** One strict readwrite transaction per record, putting the same rows with raw IndexedDB. */
async function rawPuts(withAuditAndOutbox: boolean): Promise<number> {
  const rows = await writtenRows();
  await request(indexedDB.deleteDatabase('bench-raw'));
  const open = indexedDB.open('bench-raw', 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore('findings', { keyPath: ['applicationId', 'requirement'] });
    open.result.createObjectStore('audit', { keyPath: 'seq' });
    open.result.createObjectStore('outbox', { keyPath: 'seq' });
  };
  const raw = await request(open);
  const stores = withAuditAndOutbox ? ['findings', 'audit', 'outbox'] : ['findings'];
  const start = performance.now();
  for (let i = 0; i < rows.findings.length; i++) {
    const tx = raw.transaction(stores, 'readwrite', { durability: 'strict' });
    tx.objectStore('findings').put(rows.findings[i]);
    if (withAuditAndOutbox) {
      tx.objectStore('audit').put(rows.audit[i]);
      tx.objectStore('outbox').put(rows.outbox[i]);
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => { resolve(); };
      tx.onerror = () => { reject(tx.error ?? new Error('transaction failed')); };
    });
  }
  const ms = performance.now() - start;
  raw.close();
  return ms;
}

/** Seeds n applications, then times each query `times` times (warm); answers ms per query. */
async function inbox(n: number, queries: Record<string, InboxQuery>, times: number): Promise<Record<string, { ms: number[]; total: number }>> {
  const target = await fresh('bench-inbox');
  await seedApplications(target, n);
  const out: Record<string, { ms: number[]; total: number }> = {};
  for (const [name, q] of Object.entries(queries)) {
    const ms: number[] = [];
    let total = 0;
    for (let i = 0; i < times; i++) {
      const start = performance.now();
      total = (await listInbox(target, q)).total;
      ms.push(performance.now() - start);
    }
    out[name] = { ms, total };
  }
  return out;
}

Object.assign(window, { bench: { saveFindings, rawPuts, inbox, ready: true } });
