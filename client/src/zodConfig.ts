import { z } from "zod";

// zod probes whether `new Function` works to speed up object parsing; the
// Content-Security-Policy forbids eval, so the probe would be reported as a
// violation on every page. Parse without it.
z.config({ jitless: true });
