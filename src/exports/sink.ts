import type { Response } from "express";

/**
 * Writes a streamed body with backpressure: a write that fills the socket buffer
 * waits for `drain`, so a slow client slows the export down instead of growing the
 * server's memory. Once the client has gone, writes resolve false and the caller stops
 * reading from the database.
 */
export class ResponseSink {
  private gone = false;

  constructor(private readonly res: Response) {
    res.on("close", () => {
      if (!res.writableFinished) this.gone = true;
    });
  }

  get clientGone(): boolean {
    return this.gone || this.res.destroyed;
  }

  async write(chunk: string | Buffer): Promise<boolean> {
    if (this.clientGone) return false;
    if (chunk.length === 0 || this.res.write(chunk)) return true;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.res.off("drain", done);
        this.res.off("close", done);
        resolve();
      };
      this.res.on("drain", done);
      this.res.on("close", done);
    });
    return !this.clientGone;
  }
}
