// Every string the UI shows comes from the same Fluent files as the PDF and the CLI
// (`locales/<lang>/*.ftl`): no second copy of any text. Vite puts each file in a chunk of its
// own, and a language is loaded and parsed only when it is first needed, so a normal start
// reads one language.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { Lang } from "./bindings";

const files = import.meta.glob("../../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
}) as Record<string, () => Promise<string>>;

export const LANGS: Lang[] = ["vi", "lo", "en"];

const bundles = new Map<Lang, FluentBundle>();

// The app's own screen texts of every language (small), for what is shown in each language at
// once: the language chooser and the language names in the switchers.
const appFiles = import.meta.glob("../../../locales/*/app.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;
const appBundles = new Map<Lang, FluentBundle>();

/** A message of `app.ftl` in a given language, e.g. `app-language-name` (its own name). */
export function tApp(lang: Lang, id: string): string {
  let bundle = appBundles.get(lang);
  if (!bundle) {
    bundle = new FluentBundle(lang, { useIsolating: false });
    const text = Object.entries(appFiles).find(([path]) => path.includes(`/locales/${lang}/`))?.[1];
    if (text) bundle.addResource(new FluentResource(text));
    appBundles.set(lang, bundle);
  }
  const pattern = bundle.getMessage(id)?.value;
  return pattern ? bundle.formatPattern(pattern) : id;
}

/** Loads and parses a language's messages (once). */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (bundles.has(lang)) return;
  // Isolation marks off, as in the core: they show as boxes in some fonts.
  const bundle = new FluentBundle(lang, { useIsolating: false });
  const mine = Object.entries(files).filter(([path]) => path.includes(`/locales/${lang}/`));
  const texts = await Promise.all(mine.map(([path, load]) => load().then((t) => [path, t] as const)));
  for (const [path, text] of texts) {
    for (const e of bundle.addResource(new FluentResource(text))) {
      console.warn(`${path}: ${e.message}`);
    }
  }
  bundles.set(lang, bundle);
}

class Language {
  current = $state<Lang>("en");
}

/** The UI language; reading it in a component makes the component follow changes. */
export const language = new Language();

/** Switches the UI language (loading it first). */
export async function setLanguage(lang: Lang): Promise<void> {
  await loadLanguage(lang);
  language.current = lang;
  document.documentElement.lang = lang;
}

export type Args = Record<string, FluentVariable>;

/** `message` or `message.attribute` in the UI language, falling back to the id. */
export function t(id: string, args?: Args): string {
  return tIn(language.current, id, args);
}

/** A message in a given language (loaded before), e.g. the names in the language chooser. */
export function tIn(lang: Lang, id: string, args?: Args): string {
  const dot = id.indexOf(".");
  const messageId = dot < 0 ? id : id.slice(0, dot);
  const attribute = dot < 0 ? null : id.slice(dot + 1);
  // Every language has every message (the core's tests check), so English is needed as a
  // fallback only if it is loaded already.
  for (const l of [lang, "en"] as Lang[]) {
    const bundle = bundles.get(l);
    const message = bundle?.getMessage(messageId);
    const pattern = attribute === null ? message?.value : message?.attributes[attribute];
    if (bundle && pattern) {
      return bundle.formatPattern(pattern, args ?? null);
    }
  }
  return id;
}

/** Whether a message (or attribute) exists (optional ones: `.help`, `.unit`, `.who-*`). */
export function has(id: string): boolean {
  const dot = id.indexOf(".");
  const message = bundles.get(language.current)?.getMessage(dot < 0 ? id : id.slice(0, dot));
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
