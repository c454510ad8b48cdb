// The dossier: one file's checklist beside its documents. Other features import from here only.
export { DossierScreen, FileLoader } from './DossierScreen';
export { FileHeader } from './DossierHeader';
export { useHistory } from './use-history';
