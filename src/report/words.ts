// The report's words live in src/i18n with the rest of the tool's text.
export * from "../i18n/report-words.js";
