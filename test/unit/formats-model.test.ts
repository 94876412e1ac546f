import * as iconv from "iconv-lite";
import { readDocument } from "../../src/ingest/pipeline";
import { parseDocument } from "../../src/ingest/parse";
import { contentLines, renderDocx, renderHtml, renderPdf } from "../formats/render";
import { SEED_FILES, seedBytes, seedText } from "../formats/seeds";
import { contentMap, originalPlace, placeThrough, viewOf } from "../transforms/model-view";

/**
 * Each seed as a government would publish it — a web page, a Word document, a PDF,
 * a GBK text file — read through the pipeline must give the same model as the seed's
 * text: same outline, units, indicators, deadlines, facts and citations, each found on
 * the line of the extracted text that carries the seed's line.
 */
const one = (fold: "collapse" | "beside-cjk") => (line: string) => contentLines(line, fold).join("");

describe.each(SEED_FILES)("seed %s", (file) => {
  const text = seedText(file);
  const expected = viewOf(parseDocument(`seeds/${file}`, seedBytes(file)), originalPlace);

  it.each([
    ["a web page", async () => renderHtml(text), "collapse"],
    ["a Word document", async () => (await renderDocx(text)).bytes, "collapse"],
    ["a PDF", async () => renderPdf(text, { header: "医疗保障规划排版样张" }), "beside-cjk"],
  ] as const)("reads the same model from %s", async (_what, render, fold) => {
    const doc = await readDocument(`seeds/${file}`, await render());
    const view = viewOf(doc, placeThrough(contentMap(text, doc.text, one(fold))));
    expect(view.meta).toEqual(expected.meta);
    expect(view.indicators).toEqual(expected.indicators);
    expect(view.tasks).toEqual(expected.tasks);
  }, 120_000);

  it("reads the same model, at the same lines, from a GB18030 copy (GBK's superset: the seeds print a no-break space GBK lacks), naming the encoding", async () => {
    const doc = await readDocument(`seeds/${file}`, iconv.encode(text, "gb18030"));
    expect([doc.format, doc.encoding]).toEqual(["text", "gb18030"]);
    expect(viewOf(doc, originalPlace)).toEqual(expected);
  });
});
