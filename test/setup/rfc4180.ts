/**
 * A strict RFC 4180 reader for the tests: quoted fields may hold commas, quotes
 * (doubled) and line breaks; records end with CRLF. Anything else (a bare LF ending
 * a record, a quote inside an unquoted field, text after a closing quote) throws, so
 * a test fails on CSV that a spreadsheet might misread.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const fail = (why: string) => {
    throw new Error(`not RFC 4180 at offset ${i} (record ${records.length + 1}): ${why}`);
  };
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail("unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") {
        if (text[i] === '"') fail("quote inside an unquoted field");
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ",") {
      i++;
    } else if (text.startsWith("\r\n", i)) {
      records.push(record);
      record = [];
      i += 2;
    } else if (i < text.length) {
      fail(`unexpected ${JSON.stringify(text[i])} after a field`);
    }
  }
  if (record.length) fail("the last record does not end with CRLF");
  return records;
}
