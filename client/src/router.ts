import { useSyncExternalStore, type MouseEvent } from "react";
import { idSchema } from "@common/domain/commands.js";

const NAVIGATE_EVENT = "einklang:navigate";

/** The pages of the app. */
export type Route =
  | { page: "start" }
  | { page: "join" }
  | { page: "board"; seriesId: string }
  | { page: "projector"; seriesId: string }
  | { page: "results"; seriesId: string }
  | { page: "mine"; seriesId: string }
  | { page: "exports"; seriesId: string }
  | { page: "minutes"; seriesId: string; sessionId: string }
  | { page: "orgReport"; seriesId: string; sessionId: string; orgId: string }
  | { page: "personalLink" }
  | { page: "notFound" };

/** Which page a path shows. */
export function routeOf(pathname: string): Route {
  if (pathname === "/" || pathname === "") return { page: "start" };
  if (pathname === "/join" || pathname === "/join/") return { page: "join" };
  if (pathname === "/me" || pathname === "/me/") return { page: "personalLink" };
  const report = /^\/s\/([^/]+)\/minutes\/([^/]+)\/report\/([^/]+)\/?$/.exec(pathname);
  const [, reportSeries = "", reportSession = "", reportOrg = ""] = report ?? [];
  if (report && [reportSeries, reportSession, reportOrg].every((id) => idSchema.safeParse(id).success)) {
    return { page: "orgReport", seriesId: reportSeries, sessionId: reportSession, orgId: reportOrg };
  }
  const minutes = /^\/s\/([^/]+)\/minutes(?:\/([^/]+))?\/?$/.exec(pathname);
  if (minutes?.[1] && idSchema.safeParse(minutes[1]).success) {
    const sessionId = minutes[2];
    if (sessionId === undefined) return { page: "exports", seriesId: minutes[1] };
    if (idSchema.safeParse(sessionId).success) return { page: "minutes", seriesId: minutes[1], sessionId };
  }
  const match = /^\/s\/([^/]+)(?:\/(projector|results|mine))?\/?$/.exec(pathname);
  const seriesId = match?.[1];
  if (seriesId && idSchema.safeParse(seriesId).success) {
    if (match?.[2] === "projector") return { page: "projector", seriesId };
    if (match?.[2] === "results") return { page: "results", seriesId };
    if (match?.[2] === "mine") return { page: "mine", seriesId };
    return { page: "board", seriesId };
  }
  return { page: "notFound" };
}

/** The path of a series' projector (big screen) view. */
export function projectorPath(seriesId: string): string {
  return `/s/${seriesId}/projector`;
}

/** The path of a series' minutes and exports. */
export function exportsPath(seriesId: string): string {
  return `/s/${seriesId}/minutes`;
}

/** The path of one session's minutes (a page to read and print). */
export function minutesPath(seriesId: string, sessionId: string): string {
  return `/s/${seriesId}/minutes/${sessionId}`;
}

/** The path of one organisation's report of a workshop or peer visit (a page to read and print). */
export function orgReportPath(seriesId: string, sessionId: string, orgId: string): string {
  return `/s/${seriesId}/minutes/${sessionId}/report/${orgId}`;
}

/** The path of a series' results view. */
export function resultsPath(seriesId: string): string {
  return `/s/${seriesId}/results`;
}

/** The path of a person's own agreements in a series ("Meine Vereinbarungen"). */
export function minePath(seriesId: string): string {
  return `/s/${seriesId}/mine`;
}

/** A personal link: the person's device token in the fragment, which browsers never send to a server. */
export function personalLinkUrl(origin: string, token: string): string {
  return `${origin}/me#${token}`;
}

/** The invite link for a token: the token travels in the fragment, which browsers never send to a server. */
export function inviteUrl(origin: string, token: string): string {
  return `${origin}/join#${token}`;
}

/** The path of a series' board. */
export function boardPath(seriesId: string): string {
  return `/s/${seriesId}`;
}

/** Goes to another page of the app without reloading; `replace` leaves no history entry for the page left. */
export function navigate(path: string, { replace = false }: { replace?: boolean } = {}): void {
  if (replace) window.history.replaceState(null, "", path);
  else window.history.pushState(null, "", path);
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
