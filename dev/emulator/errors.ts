import { randomUUID } from "node:crypto";

/** A Graph-shaped failure: `{ error: { code, message, innerError: { "request-id", date } } }`. */
export class GraphFault extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function errorBody(code: string, message: string, requestId: string = randomUUID()) {
  return {
    error: {
      code,
      message,
      innerError: { date: new Date().toISOString().slice(0, 19), "request-id": requestId, "client-request-id": requestId },
    },
  };
}

export const notFound = (what: string) => new GraphFault(404, "itemNotFound", `The resource could not be found: ${what}`);
export const badRequest = (message: string) => new GraphFault(400, "invalidRequest", message);
