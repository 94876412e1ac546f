import * as fs from "fs";
import * as path from "path";

/** The five seed documents, byte for byte. */
export const SEED_FILES = fs.readdirSync(path.join(__dirname, "../../seeds")).filter((f) => f.endsWith(".txt")).sort();

export const seedBytes = (file: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(__dirname, "../../seeds", file)));
export const seedText = (file: string): string => new TextDecoder("utf-8").decode(seedBytes(file));
