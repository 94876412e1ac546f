import * as fs from "fs";
import PDFDocument from "pdfkit";
import { plain, printedMarker, seedBlocks } from "./seed-blocks";

/** The CJK font scripts/ensure-cjk-font.sh installs from Debian's fonts-wqy-microhei. */
export const CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
const FONT_NAME = "WenQuanYiMicroHei"; // the PostScript name of the collection's proportional face

export interface PdfOptions {
  /** Encrypt with this user password (the reader must refuse it). */
  userPassword?: string;
  /** The running header printed at the top of every page. */
  header?: string;
}

const SIZE = 11;
const HEADING_SIZE = 14;
const LINE_GAP = 4;
const PARAGRAPH_GAP = 6;
const MARGIN = { top: 80, bottom: 80, left: 72, right: 72 };
/** Cell padding: a full em each side, so cells on one line sit at least two ems apart, as ruled tables print. */
const PAD = SIZE;

/**
 * A seed printed as a PDF the way plans are published: A4, a CJK font, paragraphs
 * with a two-character first-line indent wrapped at the page width and flowing over
 * pages, tables ruled on a grid with long cells wrapped inside their column, a
 * running header on every page and the page number as "— N —" at the foot. The
 * reader must undo all of it: rejoin wrapped lines and cells, drop the furniture.
 */
export async function renderPdf(seedText: string, options: PdfOptions = {}): Promise<Uint8Array> {
  if (!fs.existsSync(CJK_FONT)) throw new Error(`${CJK_FONT} is missing: run scripts/ensure-cjk-font.sh (npm test does)`);
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    compress: process.env.FORMATS_PDF_UNCOMPRESSED !== "1",
    ...(options.userPassword ? { userPassword: options.userPassword, ownerPassword: `${options.userPassword}-owner`, pdfVersion: "1.7" } : {}),
  });
  const done = collect(doc);
  doc.registerFont("cjk", CJK_FONT, FONT_NAME);
  doc.font("cjk").fontSize(SIZE);
  const width = doc.page.width - MARGIN.left - MARGIN.right;

  for (const block of seedBlocks(seedText)) {
    if (block.kind === "table") {
      table(doc, block.rows.map((row) => row.map(plain)), width);
      continue;
    }
    const marker = block.number ? printedMarker(block.number) + block.number.gap : "";
    const text = marker + plain(block.inline);
    doc.fontSize(block.heading ? HEADING_SIZE : SIZE);
    doc.text(text, MARGIN.left, doc.y, { width, indent: 2 * SIZE, lineGap: LINE_GAP, paragraphGap: PARAGRAPH_GAP });
  }
  furniture(doc, options.header ?? "医疗保障事业发展规划（排版样张）");
  doc.end();
  return done;
}

function table(doc: PDFKit.PDFDocument, rows: string[][], width: number): void {
  doc.fontSize(SIZE);
  const columns = Math.max(...rows.map((r) => r.length));
  const isTitle = (row: string[]) => row.length > 1 && row[0].trim() !== "" && row.slice(1).every((c) => c.trim() === "");
  const natural = Array<number>(columns).fill(0);
  for (const row of rows.filter((r) => !isTitle(r))) row.forEach((cell, c) => (natural[c] = Math.max(natural[c], doc.widthOfString(cell.trim()) + 2 * PAD)));
  const min = 3 * SIZE + 2 * PAD;
  const total = natural.reduce((a, b) => a + b, 0);
  let widths = natural.map((w) => (total <= width ? (w * width) / total : Math.max(min, (w * width) / total)));
  const scale = width / widths.reduce((a, b) => a + b, 0);
  widths = widths.map((w) => w * scale);
  const xs = widths.map((_, c) => MARGIN.left + widths.slice(0, c).reduce((a, b) => a + b, 0));
  const bottom = () => doc.page.height - MARGIN.bottom;

  doc.y += PARAGRAPH_GAP;
  for (const row of rows) {
    const cells = isTitle(row) ? [{ text: row[0].trim(), x: MARGIN.left, w: width }] : row.map((cell, c) => ({ text: cell.trim(), x: xs[c], w: widths[c] }));
    const height = Math.max(...cells.map((c) => (c.text ? doc.heightOfString(c.text, { width: c.w - 2 * PAD, lineGap: LINE_GAP }) : 0))) + PAD;
    if (doc.y + height > bottom()) doc.addPage();
    const y = doc.y;
    for (const cell of cells) {
      doc.rect(cell.x, y, cell.w, height).lineWidth(0.5).stroke();
      if (cell.text) doc.text(cell.text, cell.x + PAD, y + PAD / 2, { width: cell.w - 2 * PAD, lineGap: LINE_GAP });
    }
    doc.x = MARGIN.left;
    doc.y = y + height;
  }
  doc.y += PARAGRAPH_GAP;
}

/** The running header and the page number of every page, printed in the margins once the pages exist. */
function furniture(doc: PDFKit.PDFDocument, header: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, top: 0, bottom: 0 }; // writing in the margins must not start a new page
    doc.fontSize(9).text(header, MARGIN.left, 40, { width: doc.page.width - MARGIN.left - MARGIN.right, align: "center", lineBreak: false });
    doc.moveTo(MARGIN.left, 54).lineTo(doc.page.width - MARGIN.right, 54).lineWidth(0.5).stroke();
    doc.fontSize(10).text(`— ${i + 1} —`, MARGIN.left, doc.page.height - 50, { width: doc.page.width - MARGIN.left - MARGIN.right, align: "center", lineBreak: false });
    doc.page.margins = margins;
  }
}

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  return new Promise((resolve, reject) => {
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
}
