/**
 * The content a rendering must keep: the non-blank lines of a text, each a row of
 * cells (a plain line is a row of one cell). Layout is folded away: the markdown
 * marks PDF converters left in the seeds (heading #s, **bold**, <sup>…</sup>, which
 * a real page prints as formatting), runs of whitespace, and a row's trailing empty
 * cells, which no printed table shows. `whitespace: "beside-cjk"` is for PDF, where
 * a line wrapped at a space prints no space: spaces next to a Chinese character or
 * punctuation are dropped, those between Latin words and numbers still count.
 */
export function contentLines(text: string, whitespace: "collapse" | "beside-cjk" = "collapse"): string[] {
  const collapse = (s: string) => s.replace(/\s+/g, " ").trim();
  const fold = whitespace === "collapse" ? collapse : (s: string) => collapse(s).replace(new RegExp(`(?<=${CJK}) | (?=${CJK})`, "gu"), "");
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

const CJK = "[\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f\\u2460-\\u24ff\\u201c\\u201d\\u2018\\u2019\\u2014\\u2026]";
