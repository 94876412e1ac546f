import "reflect-metadata";
import * as fs from "fs";
import * as path from "path";
import { PROJECT_ROOT } from "../src/config";
import { printSdl } from "../src/schema";

/** Writes schema/schema.graphql from the type-graphql classes (the single source of truth). */
const file = path.join(PROJECT_ROOT, "schema", "schema.graphql");
fs.writeFileSync(file, printSdl());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
