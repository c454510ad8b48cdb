// Where the verifier is in a dossier: the requirement they work on and the document page open
// beside it. UI state only (zustand); it survives leaving for the decision screen and back.
import { create } from 'zustand';
import { requirementIds, type RequirementId, type SubmittedDocument } from '../../../common/domain';

export interface DossierView {
  readonly applicationId: string | undefined;
  readonly requirement: RequirementId;
  readonly documentId: string | undefined;
  /** The page the viewer shows (reported by it) or is asked to show. */
  readonly page: number;
}

interface DossierViewStore extends DossierView {
  /** Starts at R1 with its first document, unless this file is already the one open. */
  readonly open: (applicationId: string, documents: readonly SubmittedDocument[]) => void;
  readonly select: (requirement: RequirementId, documents: readonly SubmittedDocument[]) => void;
  readonly step: (by: 1 | -1, documents: readonly SubmittedDocument[]) => void;
  readonly show: (documentId: string, page: number) => void;
  readonly setPage: (page: number) => void;
}

const firstDocumentFor = (requirement: RequirementId, documents: readonly SubmittedDocument[]): SubmittedDocument | undefined =>
  documents.find((d) => d.requirement === requirement);

/** The view after choosing a requirement: its own document comes up unless one of its documents is already open. */
export function selectRequirement(view: DossierView, requirement: RequirementId, documents: readonly SubmittedDocument[]): DossierView {
  const open = documents.find((d) => d.id === view.documentId);
  if (open?.requirement === requirement) return { ...view, requirement };
  const doc = firstDocumentFor(requirement, documents);
  return doc === undefined ? { ...view, requirement } : { ...view, requirement, documentId: doc.id, page: 1 };
}

export function stepRequirement(current: RequirementId, by: 1 | -1): RequirementId {
  const i = requirementIds.indexOf(current);
  return requirementIds[Math.min(requirementIds.length - 1, Math.max(0, i + by))] ?? current;
}

export const useDossierView = create<DossierViewStore>((set, get) => ({
  applicationId: undefined,
  requirement: 'R1',
  documentId: undefined,
  page: 1,
  open: (applicationId, documents) => {
    if (get().applicationId === applicationId) return;
    const start: DossierView = { applicationId, requirement: 'R1', documentId: documents[0]?.id, page: 1 };
    set(selectRequirement(start, 'R1', documents));
  },
  select: (requirement, documents) => {
    set(selectRequirement(get(), requirement, documents));
  },
  step: (by, documents) => {
    set(selectRequirement(get(), stepRequirement(get().requirement, by), documents));
  },
  show: (documentId, page) => {
    set({ documentId, page });
  },
  setPage: (page) => {
    set({ page });
  },
}));
