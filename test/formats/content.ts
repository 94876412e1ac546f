/**
 * The content a rendering must keep: the non-blank lines of a text, each a row of
 * cells (a plain line is a row of one cell). Layout is folded away: the markdown
 * marks PDF converters left in the seeds (heading #s, **bold**, <sup>…</sup>, which
 * a real page prints as formatting), runs of whitespace, and a row's trailing empty
 * cells, which no printed table shows. `whitespace: "remove"` is for PDF, where a
 * line wrapped at a space prints no space, so only the characters are compared.
 */
export function contentLines(text: string, whitespace: "collapse" | "remove" = "collapse"): string[] {
  const fold = whitespace === "collapse" ? (s: string) => s.replace(/\s+/g, " ").trim() : (s: string) => s.replace(/\s+/g, "");
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^#{1,6}\s+/, "").replace(/\*\*/g, "").replace(/<sup>(.*?)<\/sup>/g, "$1"))
    .map((line) => {
      const cells = line.split("\t").map(fold);
      while (cells.length > 1 && cells[cells.length - 1] === "") cells.pop();
      return cells.join("\t");
    })
    .filter((line) => line.replace(/\t/g, "") !== "");
}
