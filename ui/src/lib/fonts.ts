// The UI uses the same Noto fonts as the PDF, served by the shell from the binary through the
// `font` URI scheme (no second copy in the web assets).
import { convertFileSrc } from "@tauri-apps/api/core";

const FACES: Array<[string, string, string]> = [
  ["DigiReady Sans", "NotoSans-Regular.ttf", "400"],
  ["DigiReady Sans", "NotoSans-Bold.ttf", "700"],
  ["DigiReady Lao", "NotoSansLao-Regular.ttf", "400"],
  ["DigiReady Lao", "NotoSansLao-Bold.ttf", "700"],
];

export function loadFonts(): void {
  for (const [family, file, weight] of FACES) {
    const face = new FontFace(family, `url("${convertFileSrc(file, "font")}")`, { weight });
    document.fonts.add(face);
    face.load().catch(() => {
      // Fall back to the system's fonts; text stays readable.
    });
  }
}
