import type { Page } from "playwright-core";
import { LIMITS } from "@common/limits.js";

/** Classic payloads: each would set `window.__xss` (or hide the page) if it were ever parsed as markup or code. */
export const XSS = {
  script: "<script>window.__xss=1</script>",
  img: '<img src=x onerror="window.__xss=1">',
  svg: "<svg onload=window.__xss=1>",
  iframe: '"><iframe src="javascript:window.parent.__xss=1">',
  jsUrl: "javascript:window.__xss=1",
  template: "{{constructor.constructor('window.__xss=1')()}}",
  anchor: '<a href="javascript:window.__xss=1">x</a>',
  style: "</style><style>body{display:none}</style>",
  markdown: "[x](javascript:window.__xss=1)",
  /** The message catalog's own `{placeholder}`s and String.replace patterns: they must come out as typed. */
  placeholders: "{title} {name} $& $' {{date}}",
  /** Fits the 20 characters of a KPI unit. */
  short: "<svg onload=__xss=1>",
} as const;

const RTL_RUN = "\u200Fمرحبا بالعالم\u200E שלום עולם \u200B\u200C\u200D\u2060\uFEFF\u200F ";

/**
 * A long right-to-left run with zero-width characters and direction marks, hiding a tag split by
 * a zero-width space. (Direction overrides and isolates are refused by the text fields' schema.)
 */
export const RTL_ZERO_WIDTH = `\u200F<\u200Bimg src=x one\u200Drror=window.__xss=1>${RTL_RUN.repeat(40)}`;

/** A payload with the field's name, so that a test can tell which field it sees; within the field's limit. */
function hostile(payload: string, field: string, max: number): string {
  const value = `${payload} #${field}`;
  if (value.length > max) throw new Error(`hostile ${field} is ${value.length} long, over its limit of ${max}`);
  return value;
}

/** Every user text field of the product, with the hostile text it gets. */
export const HOSTILE = {
  seriesName: hostile(XSS.script, "series", LIMITS.seriesName),
  facilitator: hostile(XSS.img, "facilitator", LIMITS.personName),
  salesPerson: hostile(XSS.svg, "sales-person", LIMITS.personName),
  opsPerson: hostile(XSS.anchor, "ops-person", LIMITS.personName),
  salesOrg: hostile(XSS.iframe, "sales-org", LIMITS.orgName),
  opsOrg: hostile(XSS.style, "ops-org", LIMITS.orgName),
  hostOrg: hostile(XSS.template, "host-org", LIMITS.orgName),
  goalTitle: hostile(XSS.img, "goal-title", LIMITS.goalTitle),
  goalWhy: hostile(RTL_ZERO_WIDTH, "goal-why", LIMITS.goalText),
  kpiName: hostile(XSS.jsUrl, "kpi-name", LIMITS.kpiName),
  kpiUnit: XSS.short,
  salesMeaning: hostile(XSS.markdown, "sales-meaning", LIMITS.goalText),
  opsMeaning: hostile(XSS.anchor, "ops-meaning", LIMITS.goalText),
  salesInterest: hostile(XSS.svg, "sales-interest", LIMITS.interestLabel),
  opsInterest: hostile(XSS.iframe, "ops-interest", LIMITS.interestLabel),
  place1: hostile(XSS.style, "place-1", LIMITS.place),
  summary1: hostile(XSS.markdown, "summary-1", LIMITS.summary),
  place2: hostile(XSS.template, "place-2", LIMITS.place),
  summary2: hostile(XSS.script, "summary-2", LIMITS.summary),
  caseTitle: hostile(XSS.img, "case-title", LIMITS.caseTitle),
  caseDescription: hostile(`${XSS.script}${RTL_ZERO_WIDTH}`, "case-description", LIMITS.caseDescription),
  customer: hostile(XSS.iframe, "customer", LIMITS.customer),
  salesView: hostile(XSS.anchor, "sales-view", LIMITS.view),
  opsView: hostile(XSS.svg, "ops-view", LIMITS.view),
  wentWell: hostile(XSS.script, "went-well", LIMITS.note),
  wentWrong: hostile(XSS.img, "went-wrong", LIMITS.note),
  betterNext: hostile(XSS.markdown, "better-next", LIMITS.note),
  mirror: hostile(XSS.style, "mirror", LIMITS.mirror),
  correction: hostile(XSS.template, "correction", LIMITS.mirror),
  oldAgreement: hostile(XSS.iframe, "old-agreement", LIMITS.agreementText),
  oldOutcome: hostile(XSS.jsUrl, "old-outcome", LIMITS.outcome),
  successor: hostile(XSS.svg, "successor", LIMITS.agreementText),
  undecided: hostile(XSS.anchor, "undecided", LIMITS.agreementText),
  newAgreement: hostile(XSS.img, "new-agreement", LIMITS.agreementText),
  newOutcome: hostile(XSS.placeholders, "new-outcome", LIMITS.outcome),
  statusComment: hostile(XSS.script, "status-comment", LIMITS.comment),
  evidence: hostile(XSS.markdown, "evidence", LIMITS.evidence),
  group1: hostile(XSS.img, "group-1", LIMITS.groupName),
  group2: hostile(XSS.iframe, "group-2", LIMITS.groupName),
} as const;
export type HostileField = keyof typeof HOSTILE;
export const HOSTILE_FIELDS = Object.keys(HOSTILE) as HostileField[];

/** What a page reported that it should not have: dialogs, CSP messages on the console, uncaught errors. */
export interface PageProbe {
  dialogs: string[];
  cspConsole: string[];
  errors: string[];
}

/** Listens on a page before it loads anything: CSP violation events (kept in the page), dialogs, console, errors. */
export async function probe(page: Page): Promise<PageProbe> {
  const found: PageProbe = { dialogs: [], cspConsole: [], errors: [] };
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const w = window as unknown as { __cspViolations?: string[] };
      const where = `${new URL(e.sourceFile || location.href).pathname}:${e.lineNumber}:${e.columnNumber}`;
      (w.__cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI} at ${where}`);
    });
  });
  page.on("dialog", (dialog) => {
    found.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    const { url, lineNumber, columnNumber } = message.location();
    const where = `${url === "" ? "" : new URL(url).pathname}:${lineNumber}:${columnNumber}`;
    if (message.text().includes("Content Security Policy")) found.cspConsole.push(`${message.text()} at ${where}`);
  });
  page.on("pageerror", (error) => found.errors.push(error.message));
  return found;
}

/**
 * Runs in the page: everything that shows a payload got further than text.
 * React never writes `on*` attributes, so any of them is foreign; the app
 * itself has no iframes, no inline scripts or styles and no javascript: links.
 */
export function injectedInPage(): string[] {
  const problems: string[] = [];
  const urlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc"];
  const w = window as unknown as { __xss?: unknown };
  if ("__xss" in window) problems.push(`window.__xss is ${String(w.__xss)}`);
  if (getComputedStyle(document.body).display === "none") problems.push("the body is hidden");
  for (const el of Array.from(document.querySelectorAll("*"))) {
    const tag = el.localName;
    if (["iframe", "frame", "object", "embed", "base", "style"].includes(tag)) problems.push(`a <${tag}> element`);
    if (tag === "script" && !(el.getAttribute("src") ?? "").startsWith("/assets/")) problems.push("a foreign <script>");
    if (tag === "img" && el.getAttribute("src") === "x") problems.push("an <img src=x>");
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      // Browsers ignore control characters and spaces in a URL's scheme ("java\tscript:").
      const scheme = Array.from(attr.value).filter((c) => c.charCodeAt(0) > 0x20);
      const url = urlAttributes.includes(name) ? scheme.join("").toLowerCase() : "";
      if (name.startsWith("on") || url.startsWith("javascript:"))
        problems.push(`<${tag} ${attr.name}="${attr.value}">`);
    }
  }
  return problems;
}

/** Runs in the page: the CSP violations reported in it since it loaded. */
export function cspViolationsInPage(): string[] {
  return (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [];
}

/** The violations a page reported: the app itself causes none (the client parses without eval). */
export function unexplainedViolations(violations: readonly string[]): string[] {
  return [...violations];
}

/** Runs in the page: all the text a person can read there, including form values and tooltips. */
export function textInPage(): string {
  const parts = [document.title, document.body.textContent ?? ""];
  for (const el of Array.from(document.querySelectorAll("input, textarea"))) {
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) parts.push(el.value);
  }
  for (const el of Array.from(document.querySelectorAll("[title]"))) parts.push(el.getAttribute("title") ?? "");
  return parts.join("\n");
}
