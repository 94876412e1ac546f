import { extractDocument } from "../../src/ingest/formats";
import { contentLines, renderPdf } from "../formats/render";
import { SEED_FILES, seedText } from "../formats/seeds";

describe.each(SEED_FILES)("seed %s printed as a PDF", (file) => {
  const seed = seedText(file);

  it("reads the same lines and cells: wrapped lines and cells rejoined, running header and page numbers removed", async () => {
    const pdf = await renderPdf(seed, { header: "医疗保障规划排版样张" });
    const pageCount = Buffer.from(pdf).toString("latin1").match(/\/Type \/Page\b/g)!.length;
    const extracted = await extractDocument(file.replace(".txt", ".pdf"), pdf);
    expect(extracted.format).toBe("pdf");
    expect(contentLines(extracted.text, "beside-cjk")).toEqual(contentLines(seed, "beside-cjk"));

    const lines = extracted.text.split("\n");
    const pages = extracted.pages!;
    expect(pages).toHaveLength(lines.length);
    expect(pages[0]).toBe(1);
    expect(pages.every((p, i) => i === 0 || p >= pages[i - 1])).toBe(true);
    expect(pageCount).toBeGreaterThan(1);
    // A line gives the page it starts on: the last may start on the page before the last and run onto it.
    expect(pages[pages.length - 1]).toBeGreaterThanOrEqual(pageCount - 1);
    expect(pages[pages.length - 1]).toBeLessThanOrEqual(pageCount);
    expect(extracted.removed).toEqual(
      expect.arrayContaining([
        { rule: "page header", count: pageCount, sample: "医疗保障规划排版样张" },
        { rule: "page number", count: pageCount, sample: "— 1 —" },
      ]),
    );
  });
});
