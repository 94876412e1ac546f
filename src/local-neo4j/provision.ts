import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { NEO4J_VERSION } from "../config";

/**
 * Resolves the Neo4j Community server jars from Maven Central with the project's
 * `neo4j/pom.xml` into `libDir`, once. The tarball distribution is not on Maven
 * Central; the server's own entry point (CommunityEntryPoint) with a neo4j.conf we
 * write is the same server, configured the way production is.
 */
export function provisionNeo4j(projectRoot: string, libDir: string, log: (msg: string) => void): void {
  const marker = path.join(libDir, ".complete");
  if (fs.existsSync(marker)) return;
  log(`provisioning Neo4j Community ${NEO4J_VERSION} from Maven Central into ${path.relative(projectRoot, libDir)} (first run only, about a minute)`);
  const partial = `${libDir}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  const mvn = spawnSync(
    "mvn",
    [
      "-q",
      "-B",
      "-f",
      path.join(projectRoot, "neo4j", "pom.xml"),
      "dependency:copy-dependencies",
      `-Dneo4j.version=${NEO4J_VERSION}`,
      `-DoutputDirectory=${partial}`,
      "-DincludeScope=runtime",
    ],
    { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" },
  );
  if (mvn.error) throw new Error(`cannot run Maven (mvn) to provision Neo4j: ${mvn.error.message}; install Maven or set NEO4J_URI`);
  if (mvn.status !== 0) {
    throw new Error(`Maven failed to resolve Neo4j ${NEO4J_VERSION} (exit ${mvn.status}):\n${(mvn.stdout + mvn.stderr).slice(-4000)}`);
  }
  fs.writeFileSync(path.join(partial, ".complete"), `${NEO4J_VERSION}\n`);
  fs.rmSync(libDir, { recursive: true, force: true });
  fs.renameSync(partial, libDir);
}
