// Every string the UI shows comes from the same Fluent files as the PDF and the CLI
// (`locales/<lang>/*.ftl`): no second copy of any text.
//
// What a start costs is kept small: `app.ftl` of every language is in the main chunk, and it
// holds every text of the first screen (the header and home), so the first screen is painted
// as soon as the settings are known; only the UI language's copy is parsed. The language's
// other files travel in one chunk of their own (vite.config.ts), loaded after that; of them, a
// file is parsed only when a message is not found among those parsed so far, so a start pays
// neither time nor memory for the questionnaire's texts. `language.ftl` (each language's name
// in its own words) is the only file parsed in every language.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { Lang } from "./bindings";

// In the main chunk: the app's own screen texts of every language (the first screen), and the
// languages' names (the language chooser and switchers show each language in its own words).
const appFiles = import.meta.glob("../../../locales/*/app.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;
const nameFiles = import.meta.glob("../../../locales/*/language.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

// The other files, a chunk per language. The CLI's own texts and the definition checker's are
// never shown by the UI.
const files = import.meta.glob(
  ["../../../locales/*/*.ftl", "!../../../locales/*/{app,language,cli,problems}.ftl"],
  { query: "?raw", import: "default" },
) as Record<string, () => Promise<string>>;

export const LANGS: Lang[] = ["vi", "lo", "en"];

class Language {
  current = $state<Lang>("en");
  /** Bumped when more of a language's files arrive: texts looked up before are looked up again. */
  revision = $state(0);
}

/** The UI language; reading it in a component makes the component follow changes. */
export const language = new Language();

/** A language's messages: its bundle and the files not parsed yet. */
interface Messages {
  bundle: FluentBundle;
  unparsed: Array<[path: string, text: string]>;
}

const languages = new Map<Lang, Messages>();
const loads = new Map<Lang, Promise<void>>();
const inLanguage = (lang: Lang) => (path: string) => path.includes(`/locales/${lang}/`);

function parse(bundle: FluentBundle, path: string, text: string): void {
  for (const e of bundle.addResource(new FluentResource(text))) {
    console.warn(`${path}: ${e.message}`);
  }
}

/** A bundle of the files of `lang` among `sources` (isolation marks off, as in the core: they
 * show as boxes in some fonts). */
function bundleOf(lang: Lang, sources: Record<string, string>): FluentBundle {
  const bundle = new FluentBundle(lang, { useIsolating: false });
  for (const [path, text] of Object.entries(sources).filter(([p]) => inLanguage(lang)(p))) {
    parse(bundle, path, text);
  }
  return bundle;
}

/** A language's messages, made with its `app.ftl` (from the main chunk) the first time. */
function messagesOf(lang: Lang): Messages {
  let messages = languages.get(lang);
  if (!messages) {
    messages = { bundle: bundleOf(lang, { ...appFiles, ...nameFiles }), unparsed: [] };
    languages.set(lang, messages);
  }
  return messages;
}

const names = new Map<Lang, FluentBundle>();

/** Loads a language's other files (once); they are parsed when first needed. */
export function loadLanguage(lang: Lang): Promise<void> {
  let load = loads.get(lang);
  if (!load) {
    load = Promise.all(
      Object.entries(files)
        .filter(([path]) => inLanguage(lang)(path))
        .map(([path, get]) => get().then((text) => [path, text] as [string, string])),
    ).then(
      (texts) => {
        messagesOf(lang).unparsed.push(...texts);
        language.revision += 1;
      },
      (e: unknown) => {
        loads.delete(lang); // tried again next time
        throw e;
      },
    );
    loads.set(lang, load);
  }
  return load;
}

/** Shows the UI in `lang` at once (its `app.ftl`), its other files following in the background:
 * for the first screen, which needs no more. */
export function showLanguage(lang: Lang): void {
  messagesOf(lang);
  language.current = lang;
  document.documentElement.lang = lang;
  loadLanguage(lang).catch((e) => console.warn(`messages of ${lang}: ${e}`));
}

/** Switches the UI language once all its messages are there. */
export async function setLanguage(lang: Lang): Promise<void> {
  await loadLanguage(lang);
  showLanguage(lang);
}

/** Message `messageId` of a language, parsing the rest of its files if it is not found among
 * those parsed so far. */
function message(lang: Lang, messageId: string) {
  const messages = languages.get(lang);
  if (!messages) return undefined;
  const { bundle, unparsed } = messages;
  if (!bundle.hasMessage(messageId)) {
    for (const [path, text] of unparsed.splice(0)) parse(bundle, path, text);
  }
  return { bundle, message: bundle.getMessage(messageId) };
}

/** A message of `language.ftl` in a given language, e.g. `app-language-name` (its own name). */
export function tApp(lang: Lang, id: string): string {
  let bundle = names.get(lang);
  if (!bundle) {
    bundle = bundleOf(lang, nameFiles);
    names.set(lang, bundle);
  }
  const pattern = bundle.getMessage(id)?.value;
  return pattern ? bundle.formatPattern(pattern) : id;
}

export type Args = Record<string, FluentVariable>;

/** `message` or `message.attribute` in the UI language, falling back to the id. */
export function t(id: string, args?: Args): string {
  return tIn(language.current, id, args);
}

/** A message in a given language (shown before with `showLanguage` or `setLanguage`). */
export function tIn(lang: Lang, id: string, args?: Args): string {
  void language.revision; // looked up again when more files arrive
  const dot = id.indexOf(".");
  const messageId = dot < 0 ? id : id.slice(0, dot);
  const attribute = dot < 0 ? null : id.slice(dot + 1);
  // Every language has every message (the core's tests check), so English is needed as a
  // fallback only if it is loaded already.
  for (const l of [lang, "en"] as Lang[]) {
    const found = message(l, messageId);
    const pattern = attribute === null ? found?.message?.value : found?.message?.attributes[attribute];
    if (found && pattern) {
      return found.bundle.formatPattern(pattern, args ?? null);
    }
  }
  return id;
}

/** Whether a message (or attribute) exists (optional ones: `.help`, `.unit`, `.who-*`). */
export function has(id: string): boolean {
  void language.revision;
  const dot = id.indexOf(".");
  const found = message(language.current, dot < 0 ? id : id.slice(0, dot))?.message;
  if (!found) return false;
  return dot < 0 ? found.value !== null : id.slice(dot + 1) in found.attributes;
}

/** A score or share with at most one decimal, in the UI language's notation ("72,5" in vi, lo). */
export function num(x: number): string {
  return new Intl.NumberFormat(language.current, { maximumFractionDigits: 1 }).format(x);
}

/** A share given as a fraction (0–1, as the view models give shares) as a percentage number. */
export function percent(fraction: number): string {
  return num(fraction * 100);
}

/** `YYYY-MM-DD` as the UI language writes dates. */
export function date(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  if (y === undefined || m === undefined || d === undefined) return iso;
  return new Intl.DateTimeFormat(language.current, { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
