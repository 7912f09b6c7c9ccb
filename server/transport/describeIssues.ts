import type { z } from "zod";

/** A short human summary of why a payload did not validate (no payload values echoed). */
export function describeIssues(error: z.ZodError): string {
  const first = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join(".") : "message";
    return `${path}: ${issue.message}`;
  });
  return `invalid message (${first.join("; ")})`;
}
