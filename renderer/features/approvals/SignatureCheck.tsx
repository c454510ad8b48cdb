// The electronic signatures on a document as main's verifier reads them: per signature who
// signed and when, whether it is valid, whether the certificate chains to a trusted issuer and
// was valid then, and whether the signature still covers the whole file.
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { SignatureReportOutput } from '../../../common/contract/signing';
import { formatInstantWita } from '../../../common/domain';
import { t } from '../../i18n';
import { useCall } from '../../platform/use-call';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';

const text = t.approvals.verification;

const verdicts: Readonly<Record<SignatureReportOutput['status'], string>> = {
  valid: text.valid,
  invalid: text.invalid,
  digest_mismatch: text.digestMismatch,
  unreadable: text.unreadable,
};

function Signature({ report }: { readonly report: SignatureReportOutput }) {
  const good = report.status === 'valid' && report.chainTrusted && report.certificateValidAtSigningTime;
  const lines = [
    report.chainTrusted ? text.trusted : text.untrusted,
    report.certificateValidAtSigningTime ? text.certificateValid : text.certificateInvalid,
    report.coversWholeFile ? text.wholeFile : text.notWholeFile,
    ...(report.signedAt === undefined ? [] : [text.signedAt(formatInstantWita(report.signedAt))]),
    text.field(report.field),
    ...report.problems,
  ];
  return (
    <Alert severity={good ? 'success' : 'error'} icon={good ? <CheckCircleOutline /> : <ErrorOutline />} data-testid="signature-report" data-status={report.status}>
      <AlertTitle>
        {verdicts[report.status]} — {report.signerName === undefined ? text.unknownSigner : text.signer(report.signerName, report.signerNip)}
      </AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {lines.map((line) => (
          <Typography component="li" variant="body2" key={line} sx={{ overflowWrap: 'anywhere' }}>{line}</Typography>
        ))}
      </Box>
    </Alert>
  );
}

export function SignatureCheck({ sha256 }: { readonly sha256: string }) {
  const check = useCall('signing.verify', { sha256 });
  return (
    <Box component="section" aria-labelledby="signature-check-title" sx={{ display: 'grid', gap: 1 }}>
      <Typography id="signature-check-title" variant="h3" component="h2">{text.title}</Typography>
      {check.status === 'loading' && <Loading label={text.checking} />}
      {check.status === 'error' && <ErrorNotice title={text.failed} error={check.error} onRetry={check.retry} />}
      {check.status === 'ok' && check.value.signatures.length === 0 && <Typography color="text.secondary">{text.none}</Typography>}
      {check.status === 'ok' && check.value.signatures.map((s) => <Signature key={s.field} report={s} />)}
      {check.status === 'ok' && check.value.unsignedFields.length > 0 && (
        <Typography variant="body2" color="text.secondary">{text.unsigned(check.value.unsignedFields.join(', '))}</Typography>
      )}
    </Box>
  );
}
