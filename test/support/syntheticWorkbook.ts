/**
 * A valid scoring workbook of n projects × d drivers (Drivers and Projects tables only), for the CLI's
 * large-file tests and the workbook benchmark. Written with the CLI's own xlsx library, so it reads like a
 * file from Excel.
 */
import ExcelJS from "exceljs";

const WORDS = ["None", "Low", "Moderate", "Strong", "Extreme"];

export function syntheticDriverNames(d: number): string[] {
  return Array.from({ length: d }, (_, k) => `Driver ${k + 1}`);
}

export async function writeSyntheticWorkbook(file: string, n: number, d: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const drivers = syntheticDriverNames(d);
  workbook.addWorksheet("Drivers").addTable({
    name: "Drivers",
    ref: "A1",
    columns: [{ name: "Driver" }, { name: "Weight" }],
    rows: drivers.map((name, k) => [name, 1 + (k % 5)]),
  });
  const rows: (string | number)[][] = [];
  for (let i = 0; i < n; i++) {
    rows.push([`P${i + 1}`, `Project ${i + 1}`, 1000 + ((i * 37) % 5000), ...drivers.map((_, k) => ((i + k) % 3 === 0 ? WORDS[(i * 7 + k) % 5]! : (i * 13 + k * 5) % 10))]);
  }
  workbook.addWorksheet("Projects").addTable({
    name: "Projects",
    ref: "A1",
    columns: ["Project", "Name", "Cost", ...drivers].map((name) => ({ name })),
    rows,
  });
  await workbook.xlsx.writeFile(file);
}
