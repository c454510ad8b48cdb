// Search and filters of the inbox. Typing is debounced so that a fast typist does not query
// ten thousand files per keystroke; the filters themselves live in the store.
import Search from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import InputAdornment from '@mui/material/InputAdornment';
import InputLabel from '@mui/material/InputLabel';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { workflowStateLabels, workflowStates, type WorkflowState } from '../../../common/domain';
import { t } from '../../i18n';
import { deadlineFilters } from './clock';
import { isFiltered, useInboxFilters } from './filters';

const text = t.workspace.inbox;
const SEARCH_DELAY_MS = 250;

function SearchField() {
  const stored = useInboxFilters((s) => s.text);
  const set = useInboxFilters((s) => s.set);
  const [typed, setTyped] = useState(stored);
  useEffect(() => {
    setTyped(stored);
  }, [stored]);
  useEffect(() => {
    if (typed === stored) return undefined;
    const timer = setTimeout(() => {
      set({ text: typed });
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [typed, stored, set]);
  return (
    <TextField
      type="search"
      size="small"
      label={text.searchLabel}
      placeholder={text.search}
      value={typed}
      onChange={(e) => {
        setTyped(e.target.value);
      }}
      fullWidth
      slotProps={{ input: { startAdornment: <InputAdornment position="start"><Search aria-hidden /></InputAdornment> } }}
    />
  );
}

export function InboxFilterBar() {
  const filters = useInboxFilters();
  const stateLabel = (s: readonly WorkflowState[]) => (s.length === 0 ? text.allStates : s.map((x) => workflowStateLabels[x]).join(', '));
  return (
    <Box role="search" sx={{ display: 'grid', gap: 1.5 }}>
      <SearchField />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }}>
        <FormControl size="small" sx={{ width: 260 }}>
          <InputLabel id="inbox-states-label" shrink>
            {text.states}
          </InputLabel>
          <Select
            labelId="inbox-states-label"
            label={text.states}
            notched
            multiple
            displayEmpty
            value={[...filters.states]}
            renderValue={stateLabel}
            onChange={(e) => {
              const value = e.target.value;
              filters.set({ states: (typeof value === 'string' ? value.split(',') : value) as WorkflowState[] });
            }}
          >
            {workflowStates.map((s) => (
              <MenuItem key={s} value={s}>
                <Checkbox checked={filters.states.includes(s)} size="small" slotProps={{ input: { 'aria-hidden': true } }} />
                <ListItemText primary={workflowStateLabels[s]} />
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <FormControl size="small" sx={{ width: 220 }}>
          <InputLabel id="inbox-deadline-label">{text.deadline}</InputLabel>
          <Select
            labelId="inbox-deadline-label"
            label={text.deadline}
            value={filters.deadline}
            onChange={(e) => {
              filters.set({ deadline: e.target.value });
            }}
          >
            {deadlineFilters.map((d) => (
              <MenuItem key={d} value={d}>
                {text.deadlineOptions[d]}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <FormControl size="small" sx={{ width: 240 }}>
          <InputLabel id="inbox-sort-label">{text.sort}</InputLabel>
          <Select
            labelId="inbox-sort-label"
            label={text.sort}
            value={filters.sort}
            onChange={(e) => {
              filters.set({ sort: e.target.value });
            }}
          >
            {(['deadline-asc', 'deadline-desc'] as const).map((s) => (
              <MenuItem key={s} value={s}>
                {text.sortOptions[s]}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        {isFiltered(filters) && (
          <Button variant="text" onClick={filters.clear}>
            {text.clear}
          </Button>
        )}
      </Box>
    </Box>
  );
}
