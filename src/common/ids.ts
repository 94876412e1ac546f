import { BadUserInputError } from "../errors";
import { typeOfId } from "./node.type";

/** Rejects an id that cannot be of the expected type, naming it and the expected shape. */
export function expectId(id: string, type: string, argument = "id"): string {
  if (typeof id !== "string" || id.length > 500 || typeOfId(id) !== type) {
    throw new BadUserInputError(`Malformed ${type} id ${JSON.stringify(String(id).slice(0, 100))}: expected "${type}:…"`, argument);
  }
  return id;
}
