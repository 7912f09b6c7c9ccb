import { useMemo } from "react";
import type { Language } from "../../i18n/i18n.js";
import { useAppStore } from "../../store/context.js";

/** How the results view writes numbers, shares, euros and dates in one UI language. */
export interface ResultFormats {
  locale: string;
  count: (value: number) => string;
  /** A share 0..1 as a whole percentage; null stays null (nothing was said). */
  percent: (share: number | null) => string | null;
  euro: (value: number) => string;
  /** A KPI value with its unit ("91 %", "68 min"), to one decimal. */
  kpi: (value: number, unit: string) => string;
  /** YYYY-MM-DD as a short date ("12. März 2025"); unreadable input stays as it is. */
  date: (iso: string) => string;
}

/** The locale whose conventions the UI language follows. */
export function localeOf(language: Language): string {
  return language === "de" ? "de-DE" : "en-GB";
}

/** The formats of one UI language. */
export function resultFormats(language: Language): ResultFormats {
  const locale = localeOf(language);
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const euro = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const kpi = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  return {
    locale,
    count: (value) => count.format(value),
    percent: (share) => (share === null ? null : percent.format(share)),
    euro: (value) => euro.format(value),
    kpi: (value, unit) => `${kpi.format(value)} ${unit}`.trim(),
    date: (iso) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      return match ? date.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))) : iso;
    },
  };
}

/** The formats of the current UI language. */
export function useResultFormats(): ResultFormats {
  const language = useAppStore((s) => s.ui.language);
  return useMemo(() => resultFormats(language), [language]);
}
