// Lets a child process run the TypeScript sources directly (`node -r <this> src/main.ts`),
// compiled in memory by swc with the options jest uses, so spawned processes run the
// code under test rather than whatever dist/ last held.
const fs = require("fs");
const { transformSync } = require("@swc/core");

require.extensions[".ts"] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, "utf8"), {
    filename,
    sourceMaps: "inline",
    jsc: {
      parser: { syntax: "typescript", decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: "es2022",
    },
    module: { type: "commonjs" },
  });
  module._compile(code, filename);
};
