/**
 * The shared string table (`sharedStrings.xml`), streamed: each `<si>` is plain text (`<t>`) or rich text
 * (`<r><t>…</t></r>` runs, concatenated); phonetic runs (`<rPh>`, Japanese readings) are not part of the text.
 */
import { XmlScanner } from "./xmlScanner";
import { decodeOoxmlEscapes } from "./xmlText";
import type { ZipArchive } from "./zipArchive";

/**
 * Collects the text of one string item (`<si>` or a cell's `<is>`): the `<t>` elements outside `<rPh>`.
 * Drive it with the scanner events seen between the item's open and close.
 */
export class StringItem {
  private inT = false;
  private phonetic = 0;
  private parts = "";

  reset(): void {
    this.inT = false;
    this.phonetic = 0;
    this.parts = "";
  }

  open(name: string, selfClosing: boolean): void {
    if (selfClosing) return;
    if (name === "rPh") this.phonetic++;
    else if (name === "t" && this.phonetic === 0) this.inT = true;
  }

  close(name: string): void {
    if (name === "rPh") this.phonetic--;
    else if (name === "t") this.inT = false;
  }

  wantsText(): boolean {
    return this.inT;
  }

  text(value: string): void {
    this.parts += value;
  }

  value(): string {
    return decodeOoxmlEscapes(this.parts);
  }
}

export function readSharedStrings(zip: ZipArchive, part: string | null): string[] {
  const strings: string[] = [];
  if (part === null) return strings;
  const item = new StringItem();
  let inItem = false;
  const scanner = new XmlScanner({
    open(name, _attrs, selfClosing) {
      if (name === "si") {
        item.reset();
        if (selfClosing) strings.push("");
        else inItem = true;
      } else if (inItem) item.open(name, selfClosing);
    },
    close(name) {
      if (name === "si") {
        strings.push(item.value());
        inItem = false;
      } else if (inItem) item.close(name);
    },
    wantsText: () => inItem && item.wantsText(),
    text: (value) => item.text(value),
  });
  zip.stream(part, (chunk) => scanner.push(chunk));
  scanner.end();
  return strings;
}
