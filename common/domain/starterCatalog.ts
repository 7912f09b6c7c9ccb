import { Side } from "./vocabulary.js";

/** One interest of the starter catalog, in both UI languages. */
export interface StarterInterest {
  key: string;
  side: Side;
  label: { de: string; en: string };
}

/** The interests a new series is offered, drawn from the practitioners' workshops. */
export const STARTER_INTERESTS: readonly StarterInterest[] = [
  { key: "short_promises", side: Side.sales, label: { de: "Kurze Lieferzusagen", en: "Short delivery promises" } },
  { key: "special_variants", side: Side.sales, label: { de: "Sonderwünsche und Varianten", en: "Special variants" } },
  {
    key: "volume_deals",
    side: Side.sales,
    label: { de: "Mengengeschäfte und Aktionen", en: "Volume deals and promotions" },
  },
  { key: "new_customers", side: Side.sales, label: { de: "Neukunden gewinnen", en: "Winning new customers" } },
  { key: "price_flexibility", side: Side.sales, label: { de: "Preisspielraum", en: "Price flexibility" } },
  {
    key: "stable_plan",
    side: Side.operations,
    label: { de: "Stabiler Produktionsplan", en: "Stable production plan" },
  },
  { key: "batch_sizes", side: Side.operations, label: { de: "Wirtschaftliche Losgrößen", en: "Economic batch sizes" } },
  { key: "standard_products", side: Side.operations, label: { de: "Standardprodukte", en: "Standard products" } },
  { key: "utilisation", side: Side.operations, label: { de: "Hohe Auslastung", en: "High utilisation" } },
  { key: "inventory_cost", side: Side.operations, label: { de: "Niedrige Lagerkosten", en: "Low inventory cost" } },
  { key: "quality", side: Side.shared, label: { de: "Qualität", en: "Quality" } },
  { key: "margin", side: Side.shared, label: { de: "Deckungsbeitrag je Auftrag", en: "Margin per order" } },
];
