// Which screen is shown. A small history gives the "Back" button.
export type Screen =
  | { name: "home" }
  | { name: "enterprises" }
  | { name: "enterprise"; id: number | null }
  | { name: "assessment"; id: number; question?: string }
  | { name: "results"; id: number }
  | { name: "plan"; id: number }
  | { name: "settings" }
  | { name: "agency" };

class Nav {
  screen = $state<Screen>({ name: "home" });
  private history: Screen[] = [];

  go(next: Screen): void {
    this.history.push(this.screen);
    this.screen = next;
  }

  /** Replaces the current screen (no history entry), e.g. a saved new enterprise. */
  replace(next: Screen): void {
    this.screen = next;
  }

  back(): void {
    this.screen = this.history.pop() ?? { name: "home" };
  }

  get canGoBack(): boolean {
    return this.screen.name !== "home";
  }
}

export const nav = new Nav();
