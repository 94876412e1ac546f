/**
 * Word's numbering formats (ST_NumberFormat) that Chinese documents use, rendered as
 * printed: chineseCounting 一…九十九, chineseCountingThousand with 百/千,
 * decimalEnclosedCircle ①… Formats we do not know print as decimal, so a number is
 * never lost.
 */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "none":
    case "bullet":
      return "";
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "chineseCounting":
    case "japaneseCounting":
    case "taiwaneseCounting":
      return n < 100 ? counting(n, DIGITS) : digitByDigit(n);
    case "chineseCountingThousand":
    case "taiwaneseCountingThousand":
    case "japaneseDigitalTenThousand":
      return counting(n, DIGITS);
    case "ideographDigital":
    case "taiwaneseDigital":
      return digitByDigit(n);
    case "chineseLegalSimplified":
      return counting(n, LEGAL, LEGAL_UNITS);
    case "ideographTraditional":
      return cycle(n, "甲乙丙丁戊己庚辛壬癸");
    case "ideographZodiac":
      return cycle(n, "子丑寅卯辰巳午未申酉戌亥");
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
    case "ideographEnclosedCircle":
      return enclosedCircle(n);
    case "decimalEnclosedFullstop":
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case "decimalEnclosedParen":
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperLetter":
      return letter(n);
    case "lowerLetter":
      return letter(n).toLowerCase();
    default:
      return String(n);
  }
}

const DIGITS = "〇一二三四五六七八九";
const LEGAL = "零壹贰叁肆伍陆柒捌玖";
const UNITS = ["", "十", "百", "千"];
const LEGAL_UNITS = ["", "拾", "佰", "仟"];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五, 1010 → 一千零一十. */
function counting(n: number, digits: string, units = UNITS): string {
  if (n <= 0 || n >= 10000) return String(n);
  const parts = String(n).split("").map(Number);
  let out = "";
  let zero = false;
  parts.forEach((d, i) => {
    const unit = units[parts.length - 1 - i];
    if (d === 0) {
      zero = out !== "";
      return;
    }
    if (zero) out += digits[0] === "〇" ? "零" : digits[0];
    zero = false;
    // 十 alone, not 一十, at the head of a number below twenty.
    out += d === 1 && unit === units[1] && out === "" ? unit : digits[d] + unit;
  });
  return out;
}

const digitByDigit = (n: number): string => String(n).replace(/\d/g, (d) => DIGITS[Number(d)]);

const cycle = (n: number, signs: string): string => signs[(n - 1) % signs.length] ?? String(n);

/** ①–⑳, ㉑–㉟, ㊱–㊿: the enclosed numbers Unicode has. */
function enclosedCircle(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return String(n);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [value, sign] of table) while (n >= value) (out += sign), (n -= value);
  return out;
}

/** A, B, … Z, AA, BB: Word repeats the letter rather than counting in base 26. */
function letter(n: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}
