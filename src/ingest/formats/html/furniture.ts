import { attr, type Element } from "./dom";

/** Elements that are never the document's text, by tag: page furniture and things that are not printed. */
const BY_TAG: Record<string, string> = {
  head: "document head",
  script: "script",
  style: "style",
  noscript: "noscript",
  template: "template",
  nav: "navigation",
  header: "page header",
  footer: "page footer",
  aside: "aside",
  form: "form",
  button: "form",
  select: "form",
  iframe: "embedded frame",
  object: "embedded frame",
  svg: "image",
  canvas: "image",
};

/** ARIA landmarks that say the same as the tags above on pages built from <div>s. */
const BY_ROLE: Record<string, string> = {
  navigation: "navigation",
  banner: "page header",
  contentinfo: "page footer",
  complementary: "aside",
  search: "form",
};

/** The rule that drops `el`, or undefined when it may hold the document's text. */
export function furnitureRule(el: Element): string | undefined {
  const byTag = BY_TAG[el.tagName];
  if (byTag) return byTag;
  const role = attr(el, "role");
  if (role && BY_ROLE[role]) return BY_ROLE[role];
  if (attr(el, "hidden") !== undefined || attr(el, "aria-hidden") === "true") return "hidden";
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(el, "style") ?? "")) return "hidden";
  return undefined;
}
