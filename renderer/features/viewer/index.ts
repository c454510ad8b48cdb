// The viewer feature's public surface: other features import from here only.
export { DocumentViewer, type DocumentViewerProps, type ViewerMediaType } from './DocumentViewer';
export { documentScreen } from './DocumentScreen';
