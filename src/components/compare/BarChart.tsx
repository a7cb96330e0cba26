import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/** One series of a stacked bar: its key in each bar's values, its legend label and its fill. */
export interface ChartSeries {
  key: string;
  label: string;
  /** A CSS colour, e.g. `var(--mui-palette-primary-main)`. */
  fill: string;
}

/** One bar: its label, its value per series and the text drawn at its end. */
export interface ChartBar {
  id: string;
  label: string;
  values: Record<string, number>;
  valueText: string;
}

/** Props of `BarChart`. */
export interface BarChartProps {
  title: string;
  series: readonly ChartSeries[];
  bars: readonly ChartBar[];
}

const ROW = 46;
const BAR_Y = 22;
const BAR_HEIGHT = 14;

const total = (bar: ChartBar) => Object.values(bar.values).reduce((n, v) => n + v, 0);

function Legend({ series }: { series: readonly ChartSeries[] }) {
  return (
    <Box
      component="ul"
      aria-label="Legend"
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, m: 0, mb: 1, p: 0, listStyle: 'none' }}
    >
      {series.map((s) => (
        <Box component="li" key={s.key} sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
          <Box
            aria-hidden
            sx={{ width: 12, height: 12, borderRadius: 0.5, flexShrink: 0 }}
            style={{ background: s.fill }}
          />
          <Typography variant="body2">{s.label}</Typography>
        </Box>
      ))}
    </Box>
  );
}

/**
 * Horizontal bars, one per policy, stacked by series, in plain SVG: no viewBox, so the text keeps
 * its size and the bars (in percent) stretch to any width. The SVG is an image named by the figures
 * it draws; the table beside it holds the same numbers for anyone who cannot see it.
 */
export function BarChart({ title, series, bars }: BarChartProps) {
  const max = Math.max(1, ...bars.map(total));
  const summary = `${title}: ${bars.map((b) => `${b.label}, ${b.valueText}`).join('; ')}.`;
  return (
    <Box component="figure" sx={{ m: 0, minWidth: 0 }}>
      <Typography component="figcaption" variant="subtitle2" sx={{ mb: 0.5 }}>
        {title}
      </Typography>
      {series.length > 1 && <Legend series={series} />}
      <Box
        component="svg"
        role="img"
        aria-label={summary}
        width="100%"
        height={bars.length * ROW}
        sx={(t) => ({
          display: 'block',
          overflow: 'visible',
          '& text': { fill: t.vars?.palette.text.primary, fontSize: '0.875rem' },
          '& .track': { fill: t.vars?.palette.action.hover },
        })}
      >
        {bars.map((bar, i) => {
          const y = i * ROW;
          let x = 0;
          return (
            <g key={bar.id} data-bar={bar.id}>
              <text x={0} y={y + 15}>
                {bar.label}
              </text>
              <text x="100%" y={y + 15} textAnchor="end">
                {bar.valueText}
              </text>
              <rect className="track" x={0} y={y + BAR_Y} width="100%" height={BAR_HEIGHT} rx={2} />
              {series.map((s) => {
                const value = bar.values[s.key] ?? 0;
                const width = (value / max) * 100;
                const rect = (
                  <rect
                    key={s.key}
                    data-series={s.key}
                    data-value={value}
                    x={`${x}%`}
                    y={y + BAR_Y}
                    width={`${width}%`}
                    height={BAR_HEIGHT}
                    style={{ fill: s.fill }}
                  />
                );
                x += width;
                return value > 0 ? rect : null;
              })}
            </g>
          );
        })}
      </Box>
    </Box>
  );
}
