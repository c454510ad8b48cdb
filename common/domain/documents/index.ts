// View models of the documents the team produces: plain data, worded and ordered, for renderers.
export { addresseeSchema, issuingOfficeSchema, nipSchema, officialSchema, type Addressee, type IssuingOffice, type Official } from './people';
export { formatCoordinates, formatInstantWita, formatPhotoTime } from './format';
export type { DocumentErrorCode, DocumentResult, FindingRow, LabelledValue, PhotoEntry } from './shared';
export { buildVerificationReport, type VerificationReportInput, type VerificationReportView } from './verification-report';
export { buildRecommendationLetter, type RecommendationLetterInput, type RecommendationLetterView } from './recommendation-letter';
export { SERVICE_NAME } from './texts';
export { applicationOfReference, letterReference, letterVerificationUrl, verificationReferenceSchema } from './verification';
