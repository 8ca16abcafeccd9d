// The UI uses the same Noto fonts as the PDF, served by the shell from the binary through the
// `font` URI scheme (no second copy in the web assets).
import { convertFileSrc } from "@tauri-apps/api/core";

// The Lao faces cover only the Lao block (and the joiners and the dotted circle Lao text uses),
// so that Latin and Vietnamese text never falls to them. They are loaded in every language:
// the header's language switcher names Lao in Lao.
const LAO = "U+0E80-0EFF, U+200B-200D, U+25CC";

const FACES: Array<[family: string, file: string, weight: string, range?: string]> = [
  ["DigiReady Sans", "NotoSans-Regular.ttf", "400"],
  ["DigiReady Sans", "NotoSans-Bold.ttf", "700"],
  ["DigiReady Lao", "NotoSansLao-Regular.ttf", "400", LAO],
  ["DigiReady Lao", "NotoSansLao-Bold.ttf", "700", LAO],
];

/** Starts loading the faces; resolves when they are ready, or have failed (the system's fonts
 * then stand in), or after `patience` ms, whichever comes first.
 *
 * The first screen is best laid out once they are there: text laid out while a web font is
 * still loading is measured with the fallback fonts first, and on Linux every fallback family
 * is looked up through fontconfig — at the first start that cost more than waiting for the
 * faces (BENCHMARKS.md, section 1). */
export function loadFonts(patience: number): Promise<void> {
  const loads = FACES.map(([family, file, weight, unicodeRange]) => {
    const url = `url("${convertFileSrc(file, "font")}")`;
    const face = new FontFace(family, url, unicodeRange ? { weight, unicodeRange } : { weight });
    document.fonts.add(face);
    return face.load().then(
      () => undefined,
      () => undefined,
    );
  });
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, patience));
  return Promise.race([Promise.all(loads).then(() => undefined), timeout]);
}
