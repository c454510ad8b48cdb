// The decision: recommendation, documents and submission for approval. Other features import
// from here only.
export { DecisionScreen } from './DecisionScreen';
