import { Component, type ReactNode } from "react";
import { Notice } from "./Notice";

/**
 * Around a part of the pane loaded on demand (React.lazy): when its code cannot be fetched — offline, most often — it
 * says so in place instead of unmounting the whole pane, so a message's alerts, raised by the local classifier, stay
 * shown (issue 10: an alert comes first, offline too). A failed load is not retried until the pane is reopened: React
 * keeps a lazy part's failure, and Chromium a failed module import's.
 */
export class LoadFailed extends Component<{ what: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Notice intent="warning" title={`${this.props.what} could not be loaded`}>
        The pane loads this part when it is first needed and could not reach it (you may be offline). Everything else here still stands; close and reopen the pane once the
        connection is back.
      </Notice>
    );
  }
}
