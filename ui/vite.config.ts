import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

/** Fluent files the main chunk holds for every language (`src/lib/i18n.svelte.ts`). */
const MAIN_CHUNK_FILES = ["app", "language"];

/** The chunk of a language's other Fluent files (`…/locales/vi/area-cloud.ftl?raw` →
 * `messages-vi`), so that a language is one request when it is first needed, and the others
 * none. */
function messagesChunk(id: string): string | null {
  const m = /[\\/]locales[\\/](\w+)[\\/]([\w-]+)\.ftl/.exec(id);
  return m && !MAIN_CHUNK_FILES.includes(m[2] ?? "") ? `messages-${m[1]}` : null;
}

// The Tauri shell embeds `dist/` in the binary; there is no dev server in the app.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2021",
    // Fluent files are imported as text from ../locales: one source for the UI and the PDF.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: messagesChunk }] } },
    },
  },
  server: { fs: { allow: [".."] } },
});
