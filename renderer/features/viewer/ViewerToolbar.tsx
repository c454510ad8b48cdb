// Page, zoom and rotation controls. Every button carries its Indonesian name as aria-label and
// tooltip; the fit buttons say whether they are on (aria-pressed).
import { useState, type Dispatch, type KeyboardEvent, type ReactElement, type ReactNode } from 'react';
import FirstPage from '@mui/icons-material/FirstPage';
import FitScreen from '@mui/icons-material/FitScreen';
import LastPage from '@mui/icons-material/LastPage';
import NavigateBefore from '@mui/icons-material/NavigateBefore';
import NavigateNext from '@mui/icons-material/NavigateNext';
import RotateLeft from '@mui/icons-material/RotateLeft';
import RotateRight from '@mui/icons-material/RotateRight';
import WidthWide from '@mui/icons-material/WidthWide';
import ZoomIn from '@mui/icons-material/ZoomIn';
import ZoomOut from '@mui/icons-material/ZoomOut';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import InputBase from '@mui/material/InputBase';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { viewerText } from './messages';
import { parsePageInput } from './pages';
import type { ViewerAction, ViewerState } from './viewer-state';
import { maxZoom, minZoom, zoomPercent } from './zoom';

interface ViewerToolbarProps {
  readonly state: ViewerState;
  /** The scale on screen, once the document and the pane have been measured. */
  readonly shown: number | undefined;
  /** Page controls are left out for an image. */
  readonly paged: boolean;
  readonly dispatch: Dispatch<ViewerAction>;
}

export function ViewerToolbar({ state, shown, paged, dispatch }: ViewerToolbarProps): ReactNode {
  const { page, pageCount, zoom } = state;
  const act = (action: ViewerAction) => (): void => {
    dispatch(action);
  };
  // Before the first measurement zoom buttons are disabled, so the fallback scale is never used.
  const scale = shown ?? 1;
  return (
    <Box
      role="toolbar"
      aria-label={viewerText.toolbar}
      sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 0.5, px: 1, py: 0.5, borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
    >
      {paged && (
        <>
          <ToolButton label={viewerText.firstPage} icon={<FirstPage />} disabled={page <= 1} onClick={act({ type: 'move', move: 'first' })} />
          <ToolButton label={viewerText.previousPage} icon={<NavigateBefore />} disabled={page <= 1} onClick={act({ type: 'move', move: 'previous' })} />
          <PageNumberBox key={page} page={page} pageCount={pageCount} onGoTo={(target) => { dispatch({ type: 'go-to-page', page: target }); }} />
          <ToolButton label={viewerText.nextPage} icon={<NavigateNext />} disabled={page >= pageCount} onClick={act({ type: 'move', move: 'next' })} />
          <ToolButton label={viewerText.lastPage} icon={<LastPage />} disabled={page >= pageCount} onClick={act({ type: 'move', move: 'last' })} />
          <Divider orientation="vertical" flexItem />
        </>
      )}
      <ToolButton label={viewerText.zoomOut} icon={<ZoomOut />} disabled={shown === undefined || shown <= minZoom} onClick={act({ type: 'zoom-out', shown: scale })} />
      <Box component="output" aria-label={viewerText.zoomLevel(zoomPercent(scale))} sx={{ minWidth: '5ch', textAlign: 'center', typography: 'body2' }}>
        {shown === undefined ? '–' : `${String(zoomPercent(shown))}%`}
      </Box>
      <ToolButton label={viewerText.zoomIn} icon={<ZoomIn />} disabled={shown === undefined || shown >= maxZoom} onClick={act({ type: 'zoom-in', shown: scale })} />
      <ToolButton label={viewerText.fitWidth} icon={<WidthWide />} pressed={zoom.kind === 'fit-width'} onClick={act({ type: 'fit', kind: 'fit-width' })} />
      <ToolButton label={viewerText.fitPage} icon={<FitScreen />} pressed={zoom.kind === 'fit-page'} onClick={act({ type: 'fit', kind: 'fit-page' })} />
      <Divider orientation="vertical" flexItem />
      <ToolButton label={viewerText.rotateLeft} icon={<RotateLeft />} onClick={act({ type: 'rotate', direction: 'counter-clockwise' })} />
      <ToolButton label={viewerText.rotateRight} icon={<RotateRight />} onClick={act({ type: 'rotate', direction: 'clockwise' })} />
    </Box>
  );
}

interface ToolButtonProps {
  readonly label: string;
  readonly icon: ReactElement;
  readonly onClick: () => void;
  readonly disabled?: boolean;
  /** For on/off buttons: whether it is on. */
  readonly pressed?: boolean;
}

function ToolButton({ label, icon, onClick, disabled = false, pressed }: ToolButtonProps): ReactNode {
  return (
    <Tooltip title={label}>
      {/* A disabled button fires no events; the span keeps the tooltip working. */}
      <span>
        <IconButton aria-label={label} aria-pressed={pressed} size="small" color={pressed === true ? 'primary' : 'default'} disabled={disabled} onClick={onClick}>
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );
}

interface PageNumberBoxProps {
  readonly page: number;
  readonly pageCount: number;
  readonly onGoTo: (page: number) => void;
}

// Keyed by the page in the toolbar, so the draft starts over whenever the page changes.
function PageNumberBox({ page, pageCount, onGoTo }: PageNumberBoxProps): ReactNode {
  const [draft, setDraft] = useState(String(page));
  const commit = (): void => {
    const target = parsePageInput(draft, pageCount);
    if (target === undefined || target === page) setDraft(String(page));
    else onGoTo(target);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') setDraft(String(page));
  };
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
      <InputBase
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
        }}
        onBlur={commit}
        onKeyDown={onKeyDown}
        slotProps={{ input: { 'aria-label': viewerText.pageNumber, inputMode: 'numeric', size: 4 } }}
        sx={{ width: '6ch', px: 0.5, border: 1, borderColor: 'divider', borderRadius: 1, typography: 'body2', '& input': { textAlign: 'center', p: 0.25 } }}
      />
      <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
        {viewerText.ofPages(pageCount)}
      </Typography>
    </Box>
  );
}
