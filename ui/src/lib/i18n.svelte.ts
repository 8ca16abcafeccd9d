// Every string the UI shows comes from the same Fluent files as the PDF and the CLI
// (`locales/<lang>/*.ftl`, imported as text at build time): no second copy of any text.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { Lang } from "./bindings";

const files = import.meta.glob("../../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

export const LANGS: Lang[] = ["vi", "lo", "en"];

function bundleFor(lang: Lang): FluentBundle {
  // Isolation marks off, as in the core: they show as boxes in some fonts.
  const bundle = new FluentBundle(lang, { useIsolating: false });
  for (const [path, text] of Object.entries(files)) {
    if (path.includes(`/locales/${lang}/`)) {
      const errors = bundle.addResource(new FluentResource(text));
      for (const e of errors) console.warn(`${path}: ${e.message}`);
    }
  }
  return bundle;
}

// Parsed on first use: a normal start parses one language (and English, the fallback) only.
const bundles = new Map<Lang, FluentBundle>();

function bundle(lang: Lang): FluentBundle {
  let b = bundles.get(lang);
  if (!b) {
    b = bundleFor(lang);
    bundles.set(lang, b);
  }
  return b;
}

class Language {
  current = $state<Lang>("en");
}

/** The UI language; reading it in a component makes the component follow changes. */
export const language = new Language();

export function setLanguage(lang: Lang): void {
  language.current = lang;
  document.documentElement.lang = lang;
}

export type Args = Record<string, FluentVariable>;

/** `message` or `message.attribute` in the UI language, falling back to English, then to the id. */
export function t(id: string, args?: Args): string {
  return tIn(language.current, id, args);
}

/** A message in a given language (e.g. the language names in the language chooser). */
export function tIn(lang: Lang, id: string, args?: Args): string {
  const dot = id.indexOf(".");
  const messageId = dot < 0 ? id : id.slice(0, dot);
  const attribute = dot < 0 ? null : id.slice(dot + 1);
  for (const l of [lang, "en"] as Lang[]) {
    const b = bundle(l);
    const message = b.getMessage(messageId);
    const pattern = attribute === null ? message?.value : message?.attributes[attribute];
    if (pattern) {
      return b.formatPattern(pattern, args ?? null);
    }
  }
  return id;
}

/** Whether a message (or attribute) exists in English, the reference language. */
export function has(id: string): boolean {
  const dot = id.indexOf(".");
  const message = bundle("en").getMessage(dot < 0 ? id : id.slice(0, dot));
  if (!message) return false;
  return dot < 0 ? message.value !== null : id.slice(dot + 1) in message.attributes;
}

/** A score or share with at most one decimal, in the UI language's notation ("72,5" in vi, lo). */
export function num(x: number): string {
  return new Intl.NumberFormat(language.current, { maximumFractionDigits: 1 }).format(x);
}

/** `YYYY-MM-DD` as the UI language writes dates. */
export function date(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  if (y === undefined || m === undefined || d === undefined) return iso;
  return new Intl.DateTimeFormat(language.current, { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
