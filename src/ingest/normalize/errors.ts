/** A document that cannot be ingested: one clear message naming the file and what is wrong. Nothing is written. */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "IngestError";
  }
}
