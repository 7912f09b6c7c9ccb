import { useSyncExternalStore, type MouseEvent } from "react";
import { idSchema } from "../../common/domain/commands.js";

const NAVIGATE_EVENT = "einklang:navigate";

/** The pages of the app. */
export type Route =
  | { page: "start" }
  | { page: "join" }
  | { page: "board"; seriesId: string }
  | { page: "projector"; seriesId: string }
  | { page: "results"; seriesId: string }
  | { page: "notFound" };

/** Which page a path shows. */
export function routeOf(pathname: string): Route {
  if (pathname === "/" || pathname === "") return { page: "start" };
  if (pathname === "/join" || pathname === "/join/") return { page: "join" };
  const match = /^\/s\/([^/]+)(?:\/(projector|results))?\/?$/.exec(pathname);
  const seriesId = match?.[1];
  if (seriesId && idSchema.safeParse(seriesId).success) {
    if (match?.[2] === "projector") return { page: "projector", seriesId };
    if (match?.[2] === "results") return { page: "results", seriesId };
    return { page: "board", seriesId };
  }
  return { page: "notFound" };
}

/** The path of a series' projector (big screen) view. */
export function projectorPath(seriesId: string): string {
  return `/s/${seriesId}/projector`;
}

/** The path of a series' results view. */
export function resultsPath(seriesId: string): string {
  return `/s/${seriesId}/results`;
}

/** The invite link for a token: the token travels in the fragment, which browsers never send to a server. */
export function inviteUrl(origin: string, token: string): string {
  return `${origin}/join#${token}`;
}

/** The path of a series' board. */
export function boardPath(seriesId: string): string {
  return `/s/${seriesId}`;
}

/** Goes to another page of the app without reloading. */
export function navigate(path: string): void {
  window.history.pushState(null, "", path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Link click handler: plain left clicks navigate in the app, others keep browser behaviour (new tab…). */
export function navigateOnClick(path: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(path);
  };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/** The current path, re-rendering on navigation. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}
