// The public surface of the domain core: import from 'common/domain' rather than its files.
// Sample data for tests and previews lives in './fixtures' and is deliberately not re-exported.
export * from './dates';
export * from './application';
export { parseNik, nikInvalidReasons, type NikInvalidReason, type NikParseResult, type ParsedNik } from './nik';
export { normalisePersonName, samePersonName } from './names';
export { requirement, requirements, ossPermitOutput, type Requirement } from './requirements';
export * from './rules';
export * from './findings';
export * from './decision';
export * from './workflow';
export * from './audit';
export { canonicalJson, type CanonicalValue } from './canonical-json';
export { sha256Hex, utf8Bytes } from './sha256';
export * from './documents';
export * from './messages';
export * from './calendar';
export * from './wording';
export { distanceMeters, formatDistance } from './geo';
