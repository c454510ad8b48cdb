// A conflict in words: which file and record, and both values — the server's (who wrote it) and
// this device's — as the person knows them (statuses by their labels, evidence by page).
import {
  findingStatusLabels,
  outcomeLabels,
  requirement,
  requirementIds,
  type EvidenceRef,
  type RequirementId,
  type SubmittedDocument,
} from '../../../common/domain';
import type { ConflictRow } from '../../db/rows';
import { t } from '../../i18n';
import { describeRef } from '../findings';

const text = t.status.conflictList;

const isRequirement = (s: string): s is RequirementId => (requirementIds as readonly string[]).includes(s);

/** "R3 · Anggota … · Catatan", "Alasan rekomendasi". */
export function recordLabel(c: Pick<ConflictRow, 'record' | 'field'>): string {
  const field = text.fields[c.field] ?? c.field;
  if (c.record === 'decision') return text.decision;
  const id = c.record.startsWith('finding/') ? c.record.slice('finding/'.length) : '';
  if (isRequirement(id)) return `${id} · ${requirement(id).label} · ${field}`;
  return text.field(c.record, field);
}

/**
 * Whose the server's value is. The same person on another device is said so (a server user id
 * means nothing to them); anyone else by the display name the server sent with the conflict or
 * the pull that moved it on, or by the id when the server sent none (an older server).
 */
export function serverTitle(server: Pick<ConflictRow['server'], 'userId' | 'userName'>, me: { readonly userId: string } | undefined): string {
  return me !== undefined && me.userId === server.userId ? text.serverByMe : text.server(server.userName ?? server.userId);
}

const isStatusValue = (v: unknown): v is { status: keyof typeof findingStatusLabels; computed?: { outcome?: keyof typeof outcomeLabels } } =>
  typeof v === 'object' && v !== null && 'status' in v && typeof v.status === 'string' && v.status in findingStatusLabels;

/** One value of the conflicting field, as a line of text (or lines, for evidence). */
export function valueLines(field: string, value: unknown, documents: readonly SubmittedDocument[]): string[] {
  if (value === undefined || value === null || value === '') return [text.empty_value];
  if (field === 'status' && isStatusValue(value)) {
    const computed = value.computed?.outcome;
    return [computed === undefined ? findingStatusLabels[value.status] : `${findingStatusLabels[value.status]} (${t.workspace.finding.computed}: ${outcomeLabels[computed]})`];
  }
  if (field === 'evidence' && Array.isArray(value)) {
    const refs = value as readonly EvidenceRef[];
    return [text.evidenceCount(refs.length), ...refs.map((r) => describeRef(r, documents))];
  }
  return [typeof value === 'string' ? value : JSON.stringify(value)];
}
