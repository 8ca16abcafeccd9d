import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

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
    // The bundle holds every Fluent file of the three languages (about 400 kB of text).
    chunkSizeWarningLimit: 1200,
  },
  server: { fs: { allow: [".."] } },
});
