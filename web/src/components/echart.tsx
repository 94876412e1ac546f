import { BarChart, GraphChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "preact/hooks";

// Only what the page draws, bundled from npm: no CDN, and a smaller script. SVG, so
// the drawing is in the page's DOM (its text selectable, its labels testable).
echarts.use([BarChart, GraphChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif';

/** One ECharts instance on a div, resized with its box and disposed with the view. */
export function EChart({ option, class: cls, label, height }: { option: echarts.EChartsCoreOption; class?: string; label: string; height: number }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current, undefined, { renderer: "svg" });
    chart.current = c;
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(el.current);
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption({ textStyle: { fontFamily: FONT }, animation: false, ...option }, true);
  }, [option]);
  return <div ref={el} class={`chart ${cls ?? ""}`} role="img" aria-label={label} style={{ height: `${height}px` }} />;
}
