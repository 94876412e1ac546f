import { useEffect, useRef } from "preact/hooks";
import { DocLine, Mark, markLines } from "../lib/highlight";
import { L } from "./common";

/**
 * The document's own lines around a task, numbered as the file numbers them: the task's
 * lines tinted, its unit clause and each unit's printed name marked. Opens scrolled to
 * the first marked line.
 */
export function SourceView({ file, lines, marks, caption }: { file: string; lines: DocLine[]; marks: Mark[]; caption?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const marked = markLines(lines, marks);
  useEffect(() => {
    const el = box.current;
    const first = el?.querySelector<HTMLElement>(".src-line.has-clause, .src-line.has-task");
    if (el && first) el.scrollTop = Math.max(0, first.offsetTop - el.clientHeight / 3);
  }, [lines, marks]);
  return (
    <figure class="source">
      <figcaption>
        <code>{file}</code>
        {caption ? <span class="muted"> {caption}</span> : null}
      </figcaption>
      <div class="src-lines" ref={box} tabIndex={0} aria-label="原文 Source text">
        {marked.map((line) => (
          <div key={line.number} class={`src-line ${line.kinds.map((k) => `has-${k}`).join(" ")}`} data-line={line.number}>
            <span class="ln" aria-hidden="true">
              {line.number}
            </span>
            <span class="txt">
              {line.parts.map((p, i) =>
                p.kinds.length > 1 || (p.kinds.length === 1 && p.kinds[0] !== "task") ? (
                  <mark key={i} class={p.kinds.map((k) => `k-${k}`).join(" ")}>
                    {p.text}
                  </mark>
                ) : p.kinds.length ? (
                  <span key={i} class="k-task">
                    {p.text}
                  </span>
                ) : (
                  p.text || (i === 0 ? " " : "")
                ),
              )}
            </span>
          </div>
        ))}
      </div>
      <p class="legend">
        <span class="sw k-task" /> <L zh="任务原文" en="Task text" /> <mark class="sw k-clause"> </mark> <L zh="单位条款" en="Unit clause" />{" "}
        <mark class="sw k-unit"> </mark> <L zh="单位名称" en="Unit as printed" />
      </p>
    </figure>
  );
}
