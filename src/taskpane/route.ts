import { useEffect, useState } from "react";

/**
 * Which screen the pane shows, in the page's hash, so a link can open one proposal
 * (`taskpane.html#strategy/<id>`) and the pinned pane keeps following the selection meanwhile.
 */
export type Route = { screen: "message" } | { screen: "approvals" } | { screen: "records" } | { screen: "mailbox" } | { screen: "strategy"; id: string };

export function routeOf(hash: string): Route {
  const path = hash.replace(/^#\/?/, "");
  if (path === "approvals") return { screen: "approvals" };
  if (path === "records") return { screen: "records" };
  if (path === "mailbox") return { screen: "mailbox" };
  const strategy = /^strategy\/(.+)$/.exec(path);
  if (strategy) return { screen: "strategy", id: decodeURIComponent(strategy[1]!) };
  return { screen: "message" };
}

export function hashOf(route: Route): string {
  switch (route.screen) {
    case "message":
      return "#";
    case "approvals":
      return "#approvals";
    case "records":
      return "#records";
    case "mailbox":
      return "#mailbox";
    case "strategy":
      return `#strategy/${encodeURIComponent(route.id)}`;
  }
}

export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => routeOf(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(routeOf(window.location.hash));
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  return [route, (next) => void (window.location.hash = hashOf(next))];
}
