// Generating the Berita Acara and the draft Surat Rekomendasi: main lays out each PDF and stores
// it in the vault, the file records it (with its outbox operation) under an id taken from its
// content — the same content is the same document, a changed one is a new document.
import type { DocumentKind } from '../../../common/contract/documents';
import { attachDocument } from '../../db/documents';
import type { DocumentRow } from '../../db/rows';
import { api } from '../../platform/api';
import type { Workspace } from '../intake';
import type { LetterInput, ReportInput } from './particulars';

export type GenerateResult = { readonly ok: true; readonly documents: readonly DocumentRow[] } | { readonly ok: false; readonly message: string };

const prefix: Readonly<Record<DocumentKind, string>> = { verification_report: 'ba', recommendation_letter: 'rek' };
const fileStem: Readonly<Record<DocumentKind, string>> = { verification_report: 'berita-acara-verifikasi', recommendation_letter: 'surat-rekomendasi' };

async function generateOne(
  workspace: Workspace,
  applicationId: string,
  request: { readonly kind: 'verification_report'; readonly input: ReportInput } | { readonly kind: 'recommendation_letter'; readonly input: LetterInput },
): Promise<GenerateResult> {
  const answer = await api.call('documents.generate', { ...request, requestId: `${applicationId}:${request.kind}` });
  if (!answer.ok) return { ok: false, message: answer.error.message };
  const { sha256, kind } = answer.value;
  const row = await attachDocument(workspace.db, workspace.user, {
    applicationId,
    id: `${prefix[kind]}-${sha256.slice(0, 40)}`,
    kind,
    sha256,
    fileName: `${fileStem[kind]}-${applicationId}.pdf`,
    signed: false,
  });
  return { ok: true, documents: [row] };
}

export async function generateDocuments(workspace: Workspace, applicationId: string, report: ReportInput, letter: LetterInput): Promise<GenerateResult> {
  const first = await generateOne(workspace, applicationId, { kind: 'verification_report', input: report });
  if (!first.ok) return first;
  const second = await generateOne(workspace, applicationId, { kind: 'recommendation_letter', input: letter });
  if (!second.ok) return second;
  return { ok: true, documents: [...first.documents, ...second.documents] };
}
