import * as iconv from "iconv-lite";
import { printedMarker, seedBlocks, type Block, type Inline } from "./seed-blocks";

export interface HtmlOptions {
  /** "utf-8" (declared with <meta charset>) or "gb2312" (declared the old way, bytes in GBK/GB18030). */
  charset?: "utf-8" | "gb2312";
}

/**
 * A seed as a government web page: the document inside an article body, wrapped in
 * the furniture such pages carry (banner, menu, breadcrumb, a second document
 * beside it, a sidebar of links, a footer, scripts and styles), which the extractor
 * must leave out. Markdown headings become <h1>–<h3>; lines printed together become
 * one <p> broken by <br>; tab-separated runs become a <table> whose "same as above"
 * cells are real rowspans and whose title rows span the table.
 */
export function renderHtml(seedText: string, options: HtmlOptions = {}): Uint8Array {
  const charset = options.charset ?? "utf-8";
  const meta = charset === "utf-8" ? `<meta charset="utf-8">` : `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`;
  const page = `<!DOCTYPE html>
<html lang="zh-CN"><head>${meta}<title>政策文件</title>
<style>body { font-family: SimSun; } .TRS_Editor p { text-indent: 2em; }</style>
<script>var _hmt = _hmt || []; document.write("统计代码");</script>
</head><body>
<header><div class="logo">某市医疗保障局 门户网站</div>
<nav><ul><li><a href="/">首页</a></li><li><a href="/jggk">机构概况</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/bsfw">办事服务</a></li><li><a href="/hdjl">互动交流</a></li></ul></nav></header>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zcwj">政策文件</a></div>
<div class="main">
<div class="article"><div class="TRS_Editor">
${body(seedBlocks(seedText))}
</div></div>
<div class="related"><h3>政策解读</h3>
<p>这是另一篇文件：对上述规划的图文解读，由宣传部门撰写，介绍规划出台的背景、总体思路和主要内容，帮助群众理解医保政策。解读不属于规划正文，读取规划时应当略去。</p>
<p>解读还说明了规划实施中的重点任务、责任分工和进度安排，以及参保群众关心的待遇保障、异地就医、医保支付方式改革等问题，并回答了常见问题。</p>
</div>
</div>
<aside><h3>相关文件</h3><ul><li><a href="/1">关于做好基本医疗保险工作的通知</a></li><li><a href="/2">关于印发医保基金监管办法的通知</a></li><li><a href="/3">关于开展药品集中采购工作的通知</a></li></ul></aside>
<footer><p>主办单位：某市医疗保障局　网站标识码：0000000000</p><p>地址：某市某区某路1号　电话：0000-00000000</p></footer>
<script>(function(){ var visits = "访问量"; })();</script>
</body></html>
`;
  return charset === "utf-8" ? new TextEncoder().encode(page) : iconv.encode(page, "gb18030");
}

function body(blocks: Block[]): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  const close = () => {
    if (paragraph.length > 0) out.push(`<p>${paragraph.join("<br>\n")}</p>`);
    paragraph = [];
  };
  for (const block of blocks) {
    if (block.kind === "table") {
      close();
      out.push(table(block.rows));
      continue;
    }
    const text = (block.number ? escape(printedMarker(block.number) + block.number.gap) : "") + inline(block.inline);
    if (block.heading) {
      close();
      out.push(`<h${block.heading}>${text}</h${block.heading}>`);
    } else {
      if (!block.joined) close();
      paragraph.push(text);
    }
  }
  close();
  return out.join("\n");
}

function table(rows: Inline[][][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const empty = (cell: Inline[] | undefined) => !cell || cell.every((r) => r.text.trim() === "");
  const html: string[] = [];
  // Rows whose first cell is empty continue the category above: print it once with rowspan.
  let skipFirst = 0;
  rows.forEach((row, r) => {
    const cells: string[] = [];
    const titleRow = row.length > 1 && !empty(row[0]) && row.slice(1).every(empty);
    if (titleRow) {
      cells.push(`<td colspan="${row.length}">${inline(row[0])}</td>`);
    } else {
      row.forEach((cell, c) => {
        if (c === 0 && skipFirst > 0) return;
        if (c === 0 && !empty(cell)) {
          let span = 1;
          while (r + span < rows.length && rows[r + span].length > 1 && empty(rows[r + span][0]) && !rows[r + span].slice(1).every(empty)) span++;
          cells.push(span > 1 ? `<td rowspan="${span}">${inline(cell)}</td>` : `<td>${inline(cell)}</td>`);
          skipFirst = span;
          return;
        }
        cells.push(`<td>${inline(cell)}</td>`);
      });
    }
    if (skipFirst > 0) skipFirst--;
    html.push(`<tr>${cells.join("")}</tr>`);
  });
  return `<table border="1" data-columns="${width}">\n${html.join("\n")}\n</table>`;
}

function inline(runs: Inline[]): string {
  return runs
    .map((r) => {
      const text = escape(r.text);
      const marked = r.sup ? `<sup>${text}</sup>` : text;
      return r.bold ? `<strong>${marked}</strong>` : marked;
    })
    .join("");
}

const escape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
