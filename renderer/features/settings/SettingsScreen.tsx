// Settings: the person on this device, the server and sign-in, certificates, the letter-number
// pattern and the language, each in its own section.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { t } from '../../i18n';
import { CertificatesSection } from './CertificatesSection';
import { LanguageSection } from './LanguageSection';
import { LetterNumberForm } from './LetterNumberForm';
import { ProfileForm } from './ProfileForm';
import { Section } from './Section';
import { ServerForm } from './ServerForm';
import { SettingsGate } from './SettingsGate';

const text = t.settings;

export function SettingsScreen() {
  return (
    <Box sx={{ display: 'grid', gap: 2.5 }}>
      <Typography variant="h2" component="h1">
        {text.title}
      </Typography>
      <Typography>{text.intro}</Typography>
      <SettingsGate>
        {(settings) => (
          <>
            <Section id="profile" title={text.profile.title} intro={text.profile.intro}>
              <ProfileForm db={settings.db} profile={settings.profile} />
            </Section>
            <Section id="server" title={text.server.title} intro={text.server.intro}>
              <ServerForm />
            </Section>
            <Section id="certificates" title={text.certificates.title} intro={text.certificates.intro}>
              <CertificatesSection />
            </Section>
            <Section id="letter-number" title={text.letterNumber.title} intro={text.letterNumber.intro}>
              <LetterNumberForm db={settings.db} stored={settings.letterNumber} />
            </Section>
            <Section id="language" title={text.language.title}>
              <LanguageSection />
            </Section>
          </>
        )}
      </SettingsGate>
    </Box>
  );
}
