import { extractDocument } from "../../src/ingest/formats";
import { contentLines, renderDocx, renderHtml } from "../formats/render";
import { SEED_FILES, seedText } from "../formats/seeds";

describe.each(SEED_FILES)("seed %s", (file) => {
  const seed = seedText(file);

  it("reads the same lines and cells from its web page, without the page's furniture", async () => {
    const extracted = await extractDocument(file.replace(".txt", ".html"), renderHtml(seed));
    expect(extracted.format).toBe("html");
    expect(extracted.encoding).toBe("utf-8");
    expect(contentLines(extracted.text)).toEqual(contentLines(seed));
    expect(extracted.text).not.toContain("这是另一篇文件"); // the second document beside the article
    const rules = extracted.removed.map((r) => r.rule);
    expect(rules).toEqual(expect.arrayContaining(["page header", "page footer", "aside", "script", "outside the main article"]));
  });

  it("reads the same text from a GB2312-declared page (decoded through GB18030)", async () => {
    const extracted = await extractDocument(file.replace(".txt", ".htm"), renderHtml(seed, { charset: "gb2312" }));
    expect(extracted.encoding).toBe("gb2312");
    expect(contentLines(extracted.text)).toEqual(contentLines(seed));
  });

  it("reads the same lines and cells from its Word document, printing the automatic numbers", async () => {
    const docx = await renderDocx(seed);
    const extracted = await extractDocument(file.replace(".txt", ".docx"), docx.bytes);
    expect(extracted.format).toBe("docx");
    expect(contentLines(extracted.text)).toEqual(contentLines(seed));
    // Those markers are not in the document's text: the reader printed each from numbering.xml.
    expect(docx.numbered).toBeGreaterThanOrEqual(10);
  });
});
