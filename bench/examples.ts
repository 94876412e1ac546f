import * as fs from "fs";
import { Kind, OperationDefinitionNode, parse } from "graphql";
import * as path from "path";
import { GraphQLClient, requestBody } from "./http-client";

/** One example of examples/ asked over HTTP: its root fields and the round trips its answer reports. */
export interface ExampleTrips {
  file: string;
  rootFields: number;
  roundTrips: number;
  errors?: string;
}

/** Every examples/*.graphql, as committed (default variables), once against our server. */
export async function exampleRoundTrips(url: string, projectRoot: string): Promise<ExampleTrips[]> {
  const dir = path.join(projectRoot, "examples");
  const client = new GraphQLClient(url, 1);
  try {
    const out: ExampleTrips[] = [];
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".graphql")).sort()) {
      const query = fs.readFileSync(path.join(dir, file), "utf8");
      const op = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      const res = (await client.post(requestBody(query, {}))) as { errors?: unknown[]; extensions?: { cost?: { dbRoundTrips: number } } };
      out.push({
        file,
        rootFields: op.selectionSet.selections.length,
        roundTrips: res.extensions?.cost?.dbRoundTrips ?? NaN,
        errors: res.errors?.length ? JSON.stringify(res.errors).slice(0, 200) : undefined,
      });
    }
    return out;
  } finally {
    client.close();
  }
}
