// The agency's import of received files, kept outside the Agency screen: it goes on while the
// user looks at other screens (the header shows how far it is) and its results are still there
// when they come back.
import { api, errorText } from "./api";
import type { ImportProgress, ImportResult } from "./bindings";

class ImportRun {
  progress = $state<ImportProgress | null>(null);
  results = $state<ImportResult[]>([]);
  failure = $state<string | null>(null);
  running = $state(false);

  /** Imports the named inbox files; resolves when all are done (or the call failed). */
  async start(names: string[]): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.failure = null;
    this.results = [];
    this.progress = { done: 0, total: names.length, name: "" };
    try {
      this.results = await api.agencyImport(names, (p) => (this.progress = p));
    } catch (e) {
      this.failure = errorText(e);
    } finally {
      this.running = false;
    }
  }
}

export const importRun = new ImportRun();
