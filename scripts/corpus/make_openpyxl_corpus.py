#!/usr/bin/python3
"""
Writes the openpyxl part of the workbook corpus (test/fixtures/workbooks), as pandas/openpyxl users produce
them: absolute part targets (/xl/tables/table1.xml), shared strings, tables with autoFilter and style.
Run with the Debian python3-openpyxl:
    /usr/bin/python3 scripts/corpus/make_openpyxl_corpus.py test/fixtures/workbooks
The produced files are committed, so tests never need Python.
"""
import datetime
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "test/fixtures/workbooks")
WORDS = ["None", "Low", "Moderate", "Strong", "Extreme"]

# The minimal scoring workbook every writer reproduces (see make_corpus.ts for the exceljs copy).
DRIVERS = [("Growth", "Revenue growth", 50), ("Risk", "Risk reduction", 30), ("People", "Employee engagement", 20)]
PROJECTS = [
    ("P1", "Portal", 120000, "Strong", 3, "Low"),
    ("P2", "ERP upgrade", 450000, "Moderate", "Extreme", 1),
    ("P3", "Data platform", 300000, "Extreme", "Low", "Moderate"),
    ("P4", "Onboarding", 80000, "Low", 0, "Strong"),
    ("P5", "Security audit", 60000, 0, "Strong", 2),
]


def add_table(ws, name, ref, style=True):
    table = Table(displayName=name, ref=ref)
    if style:
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(table)


def minimal(headers=("Project", "Name", "Cost"), driver_names=None, with_tables=True, epoch1904=False):
    wb = Workbook()
    if epoch1904:
        from openpyxl.utils.datetime import CALENDAR_MAC_1904
        wb.epoch = CALENDAR_MAC_1904
    names = driver_names or [d[0] for d in DRIVERS]
    ws = wb.active
    ws.title = "Drivers"
    ws.append(["Driver", "Description", "Weight"])
    for (name, (_, description, weight)) in zip(names, DRIVERS):
        ws.append([name, description, weight])
    if with_tables:
        add_table(ws, "Drivers", f"A1:C{len(DRIVERS) + 1}")
    ps = wb.create_sheet("Projects")
    ps.append(list(headers) + list(names))
    for row in PROJECTS:
        ps.append(list(row))
    if with_tables:
        add_table(ps, "Projects", f"A1:F{len(PROJECTS) + 1}")
    return wb


def write_only_table(name, ref, headers):
    # Write-only sheets cannot read their header cells back, so the columns are named here.
    table = Table(displayName=name, ref=ref)
    table.tableColumns = [TableColumn(id=k + 1, name=h) for k, h in enumerate(headers)]
    return table


def big(n, d=20):
    # write_only keeps memory flat.
    wb = Workbook(write_only=True)
    drivers = [f"Driver {k + 1}" for k in range(d)]
    ws = wb.create_sheet("Drivers")
    ws.append(["Driver", "Weight"])
    for k, name in enumerate(drivers):
        ws.append([name, 1 + k % 5])
    ws.add_table(write_only_table("Drivers", f"A1:B{d + 1}", ["Driver", "Weight"]))
    ps = wb.create_sheet("Projects")
    headers = ["Project", "Name", "Cost"] + drivers
    ps.append(headers)
    for i in range(n):
        impacts = [WORDS[(i * 7 + k) % 5] if (i + k) % 3 == 0 else (i * 13 + k * 5) % 10 for k in range(d)]
        ps.append([f"P{i + 1}", f"Project {i + 1}", 1000 + (i * 37) % 5000] + impacts)
    last = chr(ord("A") + 2 + d)
    ps.add_table(write_only_table("Projects", f"A1:{last}{n + 1}", headers))
    return wb


def with_dates(epoch1904):
    """Projects with Start dates and a Capacity table, to check the 1904 date system reads the same months."""
    wb = minimal(epoch1904=epoch1904)
    ps = wb["Projects"]
    ps["G1"] = "Start"
    ps["H1"] = "Duration months"
    for r in range(2, len(PROJECTS) + 2):
        ps.cell(row=r, column=7, value=datetime.date(2027, r - 1, 1)).number_format = "yyyy-mm"
        ps.cell(row=r, column=8, value=2)
    ps.tables["Projects"].ref = f"A1:H{len(PROJECTS) + 1}"
    return wb


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    minimal().save(OUT / "openpyxl-minimal.xlsx")
    minimal(headers=("  PROJECT ID ", "title", "COST"), driver_names=["growth", " RISK ", "People"]).save(OUT / "openpyxl-odd-headers.xlsx")
    minimal(driver_names=["Croissance", "Kundenzufriedenheit ✓", "顧客満足"]).save(OUT / "openpyxl-unicode.xlsx")
    minimal(with_tables=False).save(OUT / "openpyxl-no-tables.xlsx")
    with_dates(False).save(OUT / "openpyxl-dates-1900.xlsx")
    with_dates(True).save(OUT / "openpyxl-dates-1904.xlsx")
    big(20000).save(OUT / "openpyxl-20000-projects.xlsx")


if __name__ == "__main__":
    main()
