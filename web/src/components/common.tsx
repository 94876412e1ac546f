import type { ComponentChildren } from "preact";
import type { ApiError } from "../api";
import type { Loaded } from "../hooks";
import type { Label } from "../lib/labels";
import { formatRoute, Route } from "../lib/routes";

/** A label in the documents' language with the English beside it, smaller. */
export function L({ zh, en }: { zh: string; en?: string }) {
  return (
    <span class="label">
      {zh}
      {en ? <span class="en"> {en}</span> : null}
    </span>
  );
}

export function Coded({ label }: { label: Label }) {
  return <L zh={label.zh} en={label.en} />;
}

export function To({ route, children, class: cls }: { route: Route; children: ComponentChildren; class?: string }) {
  return (
    <a href={formatRoute(route)} class={cls}>
      {children}
    </a>
  );
}

export function Loading() {
  return (
    <p class="state loading" role="status" aria-live="polite">
      加载中… <span class="en">Loading…</span>
    </p>
  );
}

export function ErrorBox({ error, retry }: { error: ApiError; retry?: () => void }) {
  return (
    <div class="state error" role="alert" data-code={error.code}>
      <h2>
        <L zh="无法取得数据" en="The data could not be loaded" />
      </h2>
      <p class="message">{error.message}</p>
      <p class="code">{error.code}</p>
      {retry ? (
        <button type="button" onClick={retry}>
          重试 <span class="en">Retry</span>
        </button>
      ) : null}
    </div>
  );
}

/** Loading, error (with retry) or the view of the data. */
export function Await<T>({ result, retry, children }: { result: Loaded<T>; retry: () => void; children: (data: T) => ComponentChildren }) {
  if (result.state === "loading") return <Loading />;
  if (result.state === "error") return <ErrorBox error={result.error} retry={retry} />;
  return <>{children(result.data)}</>;
}

export function NotFound({ what }: { what: string }) {
  return (
    <div class="state empty" role="status">
      <L zh="没有找到" en="Not found" />: <code>{what}</code>
    </div>
  );
}

export function Years({ years, schedule }: { years: number[]; schedule?: string | null }) {
  if (!years.length && !schedule) return <span class="muted">—</span>;
  return (
    <span class="years">
      {years.map((y) => (
        <span class="year" key={y}>
          {y}
        </span>
      ))}
      {schedule ? <span class="schedule">{schedule}</span> : null}
    </span>
  );
}
