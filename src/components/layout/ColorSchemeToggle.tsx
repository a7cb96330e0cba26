import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightness';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useColorScheme } from '@mui/material/styles';

type Mode = 'system' | 'light' | 'dark';

const next: Record<Mode, Mode> = { system: 'light', light: 'dark', dark: 'system' };
const icons: Record<Mode, typeof LightModeIcon> = {
  system: SettingsBrightnessIcon,
  light: LightModeIcon,
  dark: DarkModeIcon,
};

/** Cycles the colour scheme: system, light, dark. Follows the system until the user picks one. */
export function ColorSchemeToggle() {
  const { mode, setMode } = useColorScheme();
  const current: Mode = mode ?? 'system';
  const Icon = icons[current];
  const label = `Colour scheme: ${current} (switch to ${next[current]})`;
  return (
    <Tooltip title={label}>
      <IconButton color="inherit" aria-label={label} onClick={() => setMode(next[current])}>
        <Icon />
      </IconButton>
    </Tooltip>
  );
}
