import postcss, { AtRule, type Node } from "postcss";

/** A stylesheet to audit: where it lives (for the report) and its text. */
export interface StyleSheetSource {
  path: string;
  text: string;
}

/** The CSS named colours (CSS Color 4); `transparent` and `currentcolor` are keywords, not colours. */
const NAMED_COLOURS = new Set(
  `aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood
  cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray
  darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen
  darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue
  firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew
  hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan
  lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray
  lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue
  mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred
  midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid
  palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple
  rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue
  slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white
  whitesmoke yellow yellowgreen`.split(/\s+/),
);

const HEX = /#[0-9a-f]{3,8}\b/gi;
const COLOUR_FUNCTION = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([^)]*\)/gi;
const WORD = /(?<![\w-])[a-z]+(?![\w-])/gi;

/** The literal colours in a declaration's value (addresses and quoted text left out). */
export function literalColours(value: string): string[] {
  const bare = value.replace(/url\([^)]*\)/gi, "").replace(/"[^"]*"|'[^']*'/g, "");
  const named = [...bare.matchAll(WORD)].map((m) => m[0]).filter((word) => NAMED_COLOURS.has(word.toLowerCase()));
  return [...(bare.match(HEX) ?? []), ...(bare.match(COLOUR_FUNCTION) ?? []), ...named];
}

/** The at-rules a node sits in, outermost first, e.g. "@media (max-width: 640px)". */
function contextOf(node: Node): string {
  const chain: string[] = [];
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent instanceof AtRule) chain.unshift(`@${parent.name} ${parent.params.replace(/\s+/g, " ")}`);
  }
  return chain.join(" › ");
}

/** A rule's selector list, written the same way however it was spaced or ordered. */
function selectorKey(selectors: string[]): string {
  return selectors
    .map((selector) =>
      selector
        .replace(/\s+/g, " ")
        .replace(/\s*([>+~])\s*/g, " $1 ")
        .trim(),
    )
    .sort()
    .join(", ");
}

/**
 * Every selector defined by more than one rule in the same at-rule context (across all files),
 * and every literal colour outside the tokens file: one line each, in file order.
 */
export function auditStyleSheets(sheets: readonly StyleSheetSource[], tokensPath: string): string[] {
  const places = new Map<string, string[]>();
  const colours: string[] = [];
  for (const sheet of sheets) {
    const root = postcss.parse(sheet.text, { from: sheet.path });
    root.walkRules((rule) => {
      const key = `${contextOf(rule)}${contextOf(rule) ? " › " : ""}${selectorKey(rule.selectors)}`;
      const where = `${sheet.path}:${rule.source?.start?.line ?? "?"}`;
      places.set(key, [...(places.get(key) ?? []), where]);
    });
    if (sheet.path === tokensPath) continue;
    root.walkDecls((decl) => {
      for (const colour of literalColours(decl.value)) {
        colours.push(`literal colour ${colour} in ${decl.prop} at ${sheet.path}:${decl.source?.start?.line ?? "?"}`);
      }
    });
  }
  const duplicates = [...places]
    .filter(([, where]) => where.length > 1)
    .map(([key, where]) => `${key} defined ${where.length} times: ${where.join(", ")}`);
  return [...duplicates, ...colours];
}
