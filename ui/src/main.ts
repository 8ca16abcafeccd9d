import { mount } from "svelte";
import "./app.css";
import App from "./App.svelte";
import { loadFonts } from "./lib/fonts";

// The first screen waits for the fonts (at most a second): see `loadFonts`.
loadFonts(1000).then(() => {
  const target = document.getElementById("app");
  if (target) mount(App, { target });
});
