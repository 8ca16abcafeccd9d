import { mount } from "svelte";
import "./app.css";
import App from "./App.svelte";
import { loadFonts } from "./lib/fonts";

loadFonts();
const target = document.getElementById("app");
if (target) {
  mount(App, { target });
}
