// The unit project alone as a root configuration, for tools that run Jest without its
// projects: `npm run mutate` (StrykerJS) must never start the database project's Neo4j.
const { projects, testTimeout } = require("./jest.config.js");

const unit = projects.find((p) => p.displayName === "unit");
/** @type {import('jest').Config} */
module.exports = { ...unit, testTimeout, rootDir: __dirname };
