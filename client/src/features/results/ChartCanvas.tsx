import {
  ArcElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  PolarAreaController,
  RadialLinearScale,
  Tooltip,
  type ChartConfiguration,
  type ChartType,
  type DefaultDataPoint,
} from "chart.js";
import { useEffect, useRef } from "react";

// Only what the two charts draw: the trend's lines and the cycle's polar segments.
Chart.register(
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  PolarAreaController,
  ArcElement,
  RadialLinearScale,
  Tooltip,
  Legend,
);

/** A colour of the app's palette (a custom property of :root), for drawing on canvas. */
export function paletteColor(name: string, fallback: string): string {
  if (typeof document === "undefined") return fallback;
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

/** A #rrggbb colour made see-through (`alpha` 0..1); other notations stay as they are. */
export function withAlpha(color: string, alpha: number): string {
  if (!/^#[0-9a-f]{6}$/i.test(color)) return color;
  const hex = Math.round(alpha * 255)
    .toString(16)
    .padStart(2, "0");
  return `${color}${hex}`;
}

/** The size a chart is drawn at for printing, in CSS pixels: it fits an A4 page in portrait. */
export interface PrintSize {
  width: number;
  height: number;
}

/**
 * A Chart.js chart on a canvas that presents itself as one image with a
 * summary. Without canvas support (old browsers, tests) nothing is drawn:
 * the figures' table beside the chart carries them.
 */
export function ChartCanvas<TType extends ChartType, TLabel>({
  config,
  label,
  printSize,
  className,
  testId,
}: {
  config: ChartConfiguration<TType, DefaultDataPoint<TType>, TLabel>;
  label: string;
  printSize: PrintSize;
  className: string;
  testId: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const { width, height } = printSize;
  useEffect(() => {
    const context = ref.current?.getContext("2d");
    if (!context) return;
    const chart = new Chart(context, config);
    // Print layout is narrower than the screen: draw at a size that fits the page, then back.
    const beforePrint = () => chart.resize(width, height);
    const afterPrint = () => chart.resize();
    window.addEventListener("beforeprint", beforePrint);
    window.addEventListener("afterprint", afterPrint);
    return () => {
      window.removeEventListener("beforeprint", beforePrint);
      window.removeEventListener("afterprint", afterPrint);
      chart.destroy();
    };
  }, [config, width, height]);
  return (
    <div className={`chart-box ${className}`}>
      <canvas ref={ref} role="img" aria-label={label} data-testid={testId} />
    </div>
  );
}
