/**
 * Renderings of a seed as governments publish plans, for tests of the reading
 * pipeline: a web page (render-html.ts), a Word document with real automatic
 * numbering (render-docx.ts) and a printed PDF (render-pdf.ts), each made by a
 * library from the seed's text. `contentLines` (content.ts) says what a rendering
 * must keep.
 */
export { renderHtml, type HtmlOptions } from "./render-html";
export { renderDocx, type DocxRendering } from "./render-docx";
export { renderPdf, CJK_FONT, type PdfOptions } from "./render-pdf";
export { contentLines } from "./content";
