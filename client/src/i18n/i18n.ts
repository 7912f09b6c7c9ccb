/** The UI's access to the one message catalog in `common/i18n`, shared with the exports. */
export {
  Language,
  parseLanguage,
  translate,
  type MessageKey,
  type MessageParams,
  type MessageRef,
  type PluralKey,
  type TextKey,
} from "@common/i18n/translate.js";
