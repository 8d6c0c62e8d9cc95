import { OutlookError } from "./mailbox";

/** A token the sign-in dialog sent back (src/dialog/auth.ts). */
export interface DialogToken {
  accessToken: string;
  expiresOn: number;
}

type OfficeApi = typeof Office;

/** Whether the host brokers tokens for add-ins (nested app authentication). */
export function supportsNestedAppAuth(office: OfficeApi = Office): boolean {
  return office.context?.requirements?.isSetSupported?.("NestedAppAuth", "1.1") === true;
}

/**
 * Sign-in through the Office dialog, for hosts without nested app authentication (the
 * documented fallback): Office opens `url` (our auth page, same origin) in a dialog; that
 * page signs in with MSAL and sends the token back with `messageParent`. Closing the
 * dialog rejects with a typed error the pane can explain.
 */
export function signInWithDialog(url: string, office: OfficeApi = Office): Promise<DialogToken> {
  return new Promise((resolve, reject) => {
    office.context.ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: false }, (opened) => {
      if (String(opened.status) !== "succeeded") {
        reject(new OutlookError("failed", `The sign-in window could not open: ${opened.error?.message ?? "unknown error"}`, opened.error));
        return;
      }
      const dialog = opened.value;
      const expected = new URL(url, globalThis.location?.href).origin;
      dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        // The dialog may navigate anywhere (sign-in itself leaves our origin): only our own page's
        // message can carry our token. Hosts with DialogOrigin 1.1 say where a message came from;
        // older ones do not (origin undefined), and deliver only from the add-in's AppDomains.
        const origin = (arg as { origin?: string }).origin;
        if (origin !== undefined && origin !== expected) {
          reject(new OutlookError("failed", `Sign-in answered from ${origin}, not from the add-in's own page (${expected}); nothing it sent was used.`));
          return;
        }
        try {
          const message = JSON.parse((arg as { message: string }).message) as Partial<DialogToken> & { error?: string };
          if (message.accessToken && message.expiresOn) resolve({ accessToken: message.accessToken, expiresOn: message.expiresOn });
          else reject(new OutlookError("failed", `Sign-in did not finish: ${message.error ?? "no token returned"}`));
        } catch (error) {
          reject(new OutlookError("failed", "Sign-in returned something unreadable.", error));
        }
      });
      dialog.addEventHandler(office.EventType.DialogEventReceived, (arg) => {
        const code = (arg as { error: number }).error;
        // 12006: the user closed the dialog.
        reject(new OutlookError(code === 12006 ? "permissionDenied" : "failed", code === 12006 ? "Sign-in was cancelled." : `Sign-in failed (dialog error ${code}).`));
      });
    });
  });
}
