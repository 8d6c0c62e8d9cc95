import { OutlookError, type OutlookErrorCode } from "../mailbox";

type Callback<T> = (result: Office.AsyncResult<T>) => void;

/**
 * An office-js `*Async(callback)` as a promise that rejects with a typed OutlookError.
 * Failures become rejections here, never exceptions thrown inside the callback (Outlook
 * calls it from its own stack, where no caller's `try` can catch). office-js also throws
 * synchronously for bad arguments (e.g. a notification over 150 characters) and when an API
 * is missing from the host; both reject too, so callers need one error path, not two.
 */
export function promisify<T>(call: (callback: Callback<T>) => void, doing: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      call((result) => {
        // Compare as strings: hosts and the harness shim give "succeeded", not the enum object.
        if (String(result.status) === "succeeded") resolve(result.value);
        else reject(fromOfficeError(result.error, doing));
      });
    } catch (error) {
      const code: OutlookErrorCode = error instanceof TypeError ? "notSupported" : "failed";
      reject(new OutlookError(code, `${doing}: ${error instanceof Error ? error.message : String(error)}`, error));
    }
  });
}

export function fromOfficeError(error: Office.Error | undefined, doing: string): OutlookError {
  return new OutlookError(codeFor(error), `${doing}: ${error?.message || "Outlook reported a failure."}`, error);
}

/**
 * office-js errors (Office.Error name and numeric code) reduced to what the pane can act on.
 * 7000 is the common API's "Permission Denied"; Outlook names mailbox refusals
 * PermissionDenied / AccessRestricted; 5000 "Host Error: The operation is not supported" is
 * what Outlook on the web returns for categories on an item the user may not change.
 */
export function codeFor(error: Office.Error | undefined): OutlookErrorCode {
  const name = error?.name ?? "";
  const code = Number(error?.code);
  if (/PermissionDenied|AccessDenied|AccessRestricted/i.test(name) || code === 7000) return "permissionDenied";
  if (/NotSupported|ApiNotAvailable/i.test(name) || code === 5000 || /not supported/i.test(error?.message ?? "")) return "notSupported";
  return "failed";
}

/** Whether an OutlookError came from an office-js error with this name (e.g. "DuplicateCategory"). */
export function isOfficeError(error: unknown, name: string): boolean {
  return error instanceof OutlookError && (error.cause as Office.Error | undefined)?.name === name;
}
