// Findings: the verifier's judgement per requirement, edited with autosave. Other features
// import from here only.
export { FindingEditor, type FindingEditorProps } from './FindingEditor';
export { OutcomeChip } from './OutcomeChip';
export { SaveIndicator } from './SaveIndicator';
export { Autosaver, type SaveState } from './autosave';
export { createJournal, windowStorage, type KeyValueStorage } from './journal';
export { statusesFor, withStatus } from './edit';
export { describeRef, type LinkTarget } from './EvidenceList';
export { editableStates, ensureInVerification } from './verification-state';
export { AUTOSAVE_DELAY_MS, describeSaveError, useFindingDrafts, type Drafts, type FindingDrafts } from './use-finding-drafts';
