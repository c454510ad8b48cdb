// The language of the UI, shown as a setting with its one option: all text lives in
// renderer/i18n, so a second language is one more file there and one more option here.
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import { t } from '../../i18n';

const text = t.settings.language;

export function LanguageSection() {
  return (
    <FormControl sx={{ maxWidth: 360 }}>
      <InputLabel id="language-label">{text.label}</InputLabel>
      <Select labelId="language-label" label={text.label} value="id" aria-describedby="language-note">
        <MenuItem value="id">{text.indonesian}</MenuItem>
      </Select>
      <FormHelperText id="language-note">{text.note}</FormHelperText>
    </FormControl>
  );
}
