import { OutlookError, type OutlookErrorCode } from "../mailbox";

type Callback<T> = (result: Office.AsyncResult<T>) => void;

/**
 * An office-js `*Async(callback)` as a promise that rejects with a typed OutlookError.
 * Errors are turned into rejections here, never thrown inside the callback, where no
 * caller's `try` could catch them.
 */
export function promisify<T>(call: (callback: Callback<T>) => void, doing: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      call((result) => {
        if (String(result.status) === "succeeded") resolve(result.value);
        else reject(new OutlookError(codeFor(result.error), `${doing}: ${result.error?.message ?? "Outlook reported a failure"}`, result.error));
      });
    } catch (error) {
      reject(new OutlookError("notSupported", `${doing}: ${error instanceof Error ? error.message : String(error)}`, error));
    }
  });
}

/** office-js error names (Office.Error.name / code) mapped to what the pane can say. */
function codeFor(error: Office.Error | undefined): OutlookErrorCode {
  const name = `${error?.name ?? ""} ${error?.code ?? ""}`;
  if (/PermissionDenied|AccessDenied|9017|9041|5000/.test(name)) return "permissionDenied";
  if (/NotSupported|ApiNotAvailable|5001/.test(name)) return "notSupported";
  return "failed";
}
