import { describe, expect, it } from "vitest";
import { OutlookError } from "../../src/outlook/mailbox";
import { codeFor, promisify } from "../../src/outlook/office/promisify";
import { rejection, type Callback } from "./office-mock";

const failure = (name: string, code: number, message = "no") => ({ name, code, message }) as Office.Error;

describe("promisified office-js calls", () => {
  it("resolves with the callback's value", async () => {
    expect(await promisify<number>((cb) => (cb as unknown as Callback)({ status: "succeeded", value: 42 }), "Counting")).toBe(42);
  });

  it("turns a failed result into a rejection, and the callback itself never throws", async () => {
    let callback: Callback | undefined;
    const pending = promisify<void>((cb) => void (callback = cb as unknown as Callback), "Saving");
    expect(() => callback?.({ status: "failed", error: failure("GenericResponseError", 9020, "Server busy") })).not.toThrow();
    const error = await rejection(pending);
    expect(error).toBeInstanceOf(OutlookError);
    expect(error).toMatchObject({ code: "failed", message: "Saving: Server busy" });
    expect((error as OutlookError).cause).toMatchObject({ name: "GenericResponseError", code: 9020 });
  });

  it("turns a synchronous throw from office-js (bad argument, missing API) into a rejection", async () => {
    const badArgument = await rejection(
      promisify<void>(() => {
        throw new Error("ArgumentOutOfRange");
      }, "Showing"),
    );
    expect(badArgument).toMatchObject({ code: "failed", message: "Showing: ArgumentOutOfRange" });
    const missing = await rejection(promisify<void>((cb) => (undefined as unknown as { getAsync(c: unknown): void }).getAsync(cb), "Reading"));
    expect(missing).toMatchObject({ code: "notSupported" });
  });

  it("classifies Outlook's errors into what the pane can act on", () => {
    expect(codeFor(failure("PermissionDenied", 7000))).toBe("permissionDenied");
    expect(codeFor(failure("AccessRestricted", 9017))).toBe("permissionDenied");
    expect(codeFor(failure("Host Error", 5000, "The operation is not supported."))).toBe("notSupported");
    expect(codeFor(failure("GenericResponseError", 9020))).toBe("failed");
    expect(codeFor(undefined)).toBe("failed");
  });
});
