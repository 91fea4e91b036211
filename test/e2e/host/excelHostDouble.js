/*
 * A scripted Excel host for end-to-end tests: served in place of office.js, it provides `Office`, `Excel`
 * and `OfficeExtension` over an in-memory workbook. Like the real host, every API call is queued on the
 * request context and runs at `context.sync()`; loaded properties are readable only after a sync; a failing
 * operation rejects the sync and drops the rest of the batch. It records every call and counts syncs.
 * Control and inspection: `window.__excelHost` (see the bottom of this file).
 *
 * Calculation: a small evaluator covers arithmetic, cell and range references on the same sheet and
 * SUM/MIN/MAX/AVERAGE/COUNT; other formulas read as the value last written or loaded from a fixture.
 */
(function () {
  "use strict";

  const MAX_REQUEST_BYTES = 5 * 1024 * 1024;
  const host = {
    syncCount: 0,
    calls: [],
    requests: [],
    apiVersion: "1.17",
    cellEditSyncs: 0,
    failOn: null,
    selection: null,
    onInsertBase64: null,
  };

  /* ---------- workbook model ---------- */

  let workbook = newWorkbook();

  function newWorkbook() {
    return { sheets: [], settings: {}, activeSheet: null, tableCounter: 0, chartCounter: 0 };
  }

  function newSheet(name) {
    return {
      id: Math.random().toString(36).slice(2),
      name,
      visibility: "Visible",
      cells: new Map(),
      tables: [],
      charts: [],
      names: [],
      conditionalFormats: [],
      formats: [],
      columnWidths: {},
      freezeRows: 0,
      pageLayout: {},
      deleted: false,
    };
  }

  function officeError(code, message) {
    const e = new Error(message);
    e.name = "RichApi.Error";
    e.code = code;
    e.debugInfo = { code, message };
    return e;
  }

  function findSheet(name) {
    return workbook.sheets.find((s) => s.name.toLowerCase() === String(name).toLowerCase()) || null;
  }

  function allTables() {
    return workbook.sheets.flatMap((s) => s.tables.map((t) => ({ table: t, sheet: s })));
  }

  function findTable(name) {
    return allTables().find((x) => x.table.name.toLowerCase() === String(name).toLowerCase()) || null;
  }

  function validateSheetName(name, except) {
    if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name)) throw officeError("InvalidArgument", `Invalid sheet name '${name}'.`);
    const clash = findSheet(name);
    if (clash && clash !== except) throw officeError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
  }

  /* ---------- A1 helpers ---------- */

  function colIndex(letters) {
    let n = 0;
    for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
  }
  function colLetters(col) {
    let n = col + 1;
    let s = "";
    while (n > 0) {
      const r = (n - 1) % 26;
      s = String.fromCharCode(65 + r) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }
  function parseAddress(address) {
    let local = String(address);
    if (local.includes("!")) local = local.slice(local.lastIndexOf("!") + 1);
    local = local.replace(/\$/g, "");
    const [a, b] = local.split(":");
    const whole = /^([A-Z]+)$/i;
    if (whole.test(a)) {
      // Whole columns "A:C".
      return { r1: 0, c1: colIndex(a), r2: 1048575, c2: colIndex(b || a), columns: true };
    }
    const cell = (t) => {
      const m = /^([A-Z]+)(\d+)$/i.exec(t);
      if (!m) throw officeError("InvalidArgument", `Invalid address '${address}'.`);
      return { r: Number(m[2]) - 1, c: colIndex(m[1]) };
    };
    const p = cell(a);
    const q = b ? cell(b) : p;
    return { r1: Math.min(p.r, q.r), c1: Math.min(p.c, q.c), r2: Math.max(p.r, q.r), c2: Math.max(p.c, q.c) };
  }
  function formatAddress(r) {
    const a = `${colLetters(r.c1)}${r.r1 + 1}`;
    const b = `${colLetters(r.c2)}${r.r2 + 1}`;
    return a === b ? a : `${a}:${b}`;
  }
  function quoteSheet(name) {
    return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
  }

  function cell(sheet, r, c) {
    return sheet.cells.get(`${r},${c}`);
  }
  // Excel parses a string written through values/formulas as if typed: "2027-03" or "2027-03-15" becomes a
  // date (shown "Mar-27") unless the cell's number format is text ("@"). Only these date shapes are emulated.
  function typedValue(x, value) {
    if (typeof value !== "string" || x.numberFormat === "@") return value;
    const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(value);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return value;
    x.numberFormat = m[3] ? "yyyy-mm-dd" : "mmm-yy";
    return Math.round((Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1) - Date.UTC(1899, 11, 30)) / 86400000);
  }

  function ensureCell(sheet, r, c) {
    const key = `${r},${c}`;
    let x = sheet.cells.get(key);
    if (!x) {
      x = { value: "", formula: null, numberFormat: "General" };
      sheet.cells.set(key, x);
    }
    return x;
  }
  function usedRect(sheet) {
    let r1 = Infinity, c1 = Infinity, r2 = -1, c2 = -1;
    for (const [key, x] of sheet.cells) {
      if ((x.value === "" || x.value === null) && !x.formula) continue;
      const [r, c] = key.split(",").map(Number);
      r1 = Math.min(r1, r); c1 = Math.min(c1, c); r2 = Math.max(r2, r); c2 = Math.max(c2, c);
    }
    return r2 < 0 ? null : { r1, c1, r2, c2 };
  }
  function grid(rect, f) {
    const out = [];
    for (let r = rect.r1; r <= rect.r2; r++) {
      const row = [];
      for (let c = rect.c1; c <= rect.c2; c++) row.push(f(r, c));
      out.push(row);
    }
    return out;
  }
  function checkShape(rect, data, what) {
    if (!Array.isArray(data) || data.length !== rect.r2 - rect.r1 + 1 || data.some((row) => !Array.isArray(row) || row.length !== rect.c2 - rect.c1 + 1)) {
      throw officeError("InvalidArgument", `The ${what} array does not match the size of range ${formatAddress(rect)}.`);
    }
  }

  // Excel.RangeValueType of a value; error values (#N/A, #REF!, …) are what a fixture cell holds as their text.
  const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|CYCLE!)$/;
  function valueType(v) {
    if (v === "" || v === null || v === undefined) return "Empty";
    if (typeof v === "boolean") return "Boolean";
    if (typeof v === "number") return Number.isInteger(v) ? "Integer" : "Double";
    return ERROR_VALUE.test(v) ? "Error" : "String";
  }

  /* ---------- a small formula evaluator ---------- */

  function cellValue(sheet, r, c, depth) {
    const x = cell(sheet, r, c);
    if (!x) return "";
    if (!x.formula) return x.value;
    if (depth > 50) return "#CYCLE!";
    const v = evaluate(sheet, x.formula.slice(1), depth + 1);
    return v === undefined ? x.value : v;
  }

  /** Evaluate a formula body; undefined when it uses something the double does not model. */
  function evaluate(sheet, text, depth) {
    const tokens = text.match(/\s*([A-Z]+\d+:[A-Z]+\d+|[A-Z]+\d+|[A-Z]+(?=\()|\d+(?:\.\d+)?(?:E[-+]?\d+)?|[-+*/(),])/gi);
    if (!tokens || tokens.join("").replace(/\s/g, "") !== text.replace(/\s/g, "").replace(/\$/g, "")) return undefined;
    let i = 0;
    const peek = () => (tokens[i] || "").trim();
    const next = () => (tokens[i++] || "").trim();
    const num = (v) => (typeof v === "number" ? v : v === "" || v === null ? 0 : Number.isFinite(Number(v)) ? Number(v) : NaN);
    const rangeValues = (ref) => {
      const rect = parseAddress(ref);
      const out = [];
      for (let r = rect.r1; r <= rect.r2; r++) for (let c = rect.c1; c <= rect.c2; c++) out.push(cellValue(sheet, r, c, depth));
      return out;
    };
    const FUNCS = {
      SUM: (xs) => xs.reduce((s, v) => s + (typeof v === "number" ? v : 0), 0),
      MIN: (xs) => Math.min(...xs.filter((v) => typeof v === "number")),
      MAX: (xs) => Math.max(...xs.filter((v) => typeof v === "number")),
      COUNT: (xs) => xs.filter((v) => typeof v === "number").length,
      AVERAGE: (xs) => { const n = xs.filter((v) => typeof v === "number"); return n.reduce((s, v) => s + v, 0) / n.length; },
    };
    let unsupported = false;
    function primary() {
      const t = next();
      if (t === "(") { const v = expr(); next(); return v; }
      if (t === "-") return -num(primary());
      if (t === "+") return num(primary());
      if (/^\d/.test(t)) return Number(t);
      if (/^[A-Z]+$/i.test(t) && peek() === "(") {
        const f = FUNCS[t.toUpperCase()];
        next();
        const args = [];
        while (peek() !== ")" && i < tokens.length) {
          const a = peek();
          if (/^[A-Z]+\d+:[A-Z]+\d+$/i.test(a)) { next(); args.push(...rangeValues(a)); } else args.push(expr());
          if (peek() === ",") next();
        }
        next();
        if (!f) { unsupported = true; return 0; }
        return f(args);
      }
      if (/^[A-Z]+\d+$/i.test(t)) { const p = parseAddress(t); return cellValue(sheet, p.r1, p.c1, depth); }
      unsupported = true;
      return 0;
    }
    function term() {
      let v = primary();
      while (peek() === "*" || peek() === "/") { const op = next(); const w = primary(); v = op === "*" ? num(v) * num(w) : num(w) === 0 ? "#DIV/0!" : num(v) / num(w); }
      return v;
    }
    function expr() {
      let v = term();
      while (peek() === "+" || peek() === "-") { const op = next(); const w = term(); v = op === "+" ? num(v) + num(w) : num(v) - num(w); }
      return v;
    }
    const value = expr();
    if (unsupported || i < tokens.length || (typeof value === "number" && Number.isNaN(value))) return undefined;
    return value;
  }

  /* ---------- request context and proxies ---------- */

  class RequestContext {
    constructor() {
      this.queue = [];
      this.bytes = 0;
      this.workbook = new WorkbookProxy(this);
      this.application = {
        suspendApiCalculationUntilNextSync: () => this.enqueue("Application.suspendApiCalculationUntilNextSync", () => {}),
        suspendScreenUpdatingUntilNextSync: () => this.enqueue("Application.suspendScreenUpdatingUntilNextSync", () => {}),
      };
    }
    enqueue(api, run, payload) {
      const bytes = payload === undefined ? 64 : JSON.stringify(payload).length;
      this.bytes += bytes;
      this.queue.push({ api, run, bytes });
    }
    async sync() {
      host.syncCount++;
      const queue = this.queue;
      const bytes = this.bytes;
      this.queue = [];
      this.bytes = 0;
      host.requests.push({ operations: queue.length, bytes });
      await new Promise((r) => setTimeout(r, 0));
      if (host.cellEditSyncs > 0) {
        host.cellEditSyncs--;
        throw officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.");
      }
      if (bytes > MAX_REQUEST_BYTES) throw officeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
      for (const op of queue) {
        host.calls.push(op.api);
        if (host.failOn && op.api === host.failOn) {
          host.failOn = null;
          throw officeError("GeneralException", `Injected failure at ${op.api}.`);
        }
        op.run();
      }
    }
    trackedObjects = { add() {}, remove() {} };
  }

  /** Base proxy: a lazily bound model object plus loaded properties. */
  class ClientObject {
    constructor(ctx, resolve, nullable) {
      this.ctx = ctx;
      this._resolve = resolve;
      this._nullable = Boolean(nullable);
      this._bound = undefined;
      this._loaded = {};
      this._isNull = undefined;
    }
    _target() {
      if (this._bound === undefined) {
        const t = this._resolve();
        if (t === null && !this._nullable) throw officeError("ItemNotFound", "The requested resource doesn't exist.");
        this._bound = t;
        this._isNull = t === null;
      }
      if (this._bound && this._bound.deleted) throw officeError("ItemNotFound", "The object was deleted.");
      return this._bound;
    }
    get isNullObject() {
      if (this._isNull === undefined) throw officeError("PropertyNotLoaded", "isNullObject is not available before a sync.");
      return this._isNull;
    }
    load(props) {
      const list = typeof props === "string" ? props.split(",").map((p) => p.trim()).filter(Boolean) : Array.isArray(props) ? props : [];
      this.ctx.enqueue(`${this.constructor.name.replace("Proxy", "")}.load`, () => {
        const t = this._target();
        if (t === null) return;
        for (const p of list) this._loaded[p] = this._read(p, t);
      });
      return this;
    }
    _get(prop) {
      if (!(prop in this._loaded)) throw officeError("PropertyNotLoaded", `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
      return this._loaded[prop];
    }
    _set(api, prop, value, apply) {
      this.ctx.enqueue(api, () => apply(this._target(), value), value);
    }
  }

  /** Records deep property assignments and method calls (chart titles, formats, page layout). */
  function recorder(ctx, api, apply, path = []) {
    const fn = function () {};
    return new Proxy(fn, {
      get(_t, key) {
        if (typeof key === "symbol" || key === "then" || key === "toJSON") return undefined;
        return recorder(ctx, api, apply, [...path, key]);
      },
      set(_t, key, value) {
        const full = [...path, key].join(".");
        ctx.enqueue(`${api}.${full}`, () => apply("set", full, value), value);
        return true;
      },
      apply(_t, _this, args) {
        const full = path.join(".");
        ctx.enqueue(`${api}.${full}()`, () => apply("call", full, args), args);
        return undefined;
      },
    });
  }

  class WorkbookProxy {
    constructor(ctx) {
      this.ctx = ctx;
      this.worksheets = new WorksheetCollectionProxy(ctx);
      this.tables = new TableCollectionProxy(ctx, () => allTables());
      this.settings = new SettingCollectionProxy(ctx);
    }
    insertWorksheetsFromBase64(base64, options) {
      this.ctx.enqueue("Workbook.insertWorksheetsFromBase64", () => {
        if (!/^UEsDB/.test(base64)) throw officeError("InvalidArgument", "The file is not an .xlsx workbook.");
        if (!host.onInsertBase64) throw officeError("GeneralException", "No workbook to insert.");
        for (const s of host.onInsertBase64(base64, options)) {
          validateSheetName(s.name);
          workbook.sheets.push(sheetFromFixture(s));
        }
      }, { length: base64.length });
      return { items: [] };
    }
    getSelectedRange() {
      return new RangeProxy(this.ctx, () => {
        const sel = host.selection;
        if (!sel) throw officeError("ItemNotFound", "Nothing selected.");
        return { sheet: findSheet(sel.sheet), rect: parseAddress(sel.address) };
      });
    }
  }

  class WorksheetCollectionProxy {
    constructor(ctx) {
      this.ctx = ctx;
      this._items = undefined;
    }
    get items() {
      if (!this._items) throw officeError("PropertyNotLoaded", "items is not loaded.");
      return this._items;
    }
    load() {
      this.ctx.enqueue("WorksheetCollection.load", () => {
        this._items = workbook.sheets.map((s) => {
          const p = new WorksheetProxy(this.ctx, () => s);
          p._target();
          p._loaded = { name: s.name, position: workbook.sheets.indexOf(s), visibility: s.visibility };
          return p;
        });
      });
      return this;
    }
    getItem(name) {
      return new WorksheetProxy(this.ctx, () => findSheet(name));
    }
    getItemOrNullObject(name) {
      const p = new WorksheetProxy(this.ctx, () => findSheet(name), true);
      this.ctx.enqueue("WorksheetCollection.getItemOrNullObject", () => p._target());
      return p;
    }
    getActiveWorksheet() {
      return new WorksheetProxy(this.ctx, () => workbook.activeSheet || workbook.sheets[0]);
    }
    add(name) {
      let created = null;
      const p = new WorksheetProxy(this.ctx, () => created);
      this.ctx.enqueue("WorksheetCollection.add", () => {
        const finalName = name || `Sheet${workbook.sheets.length + 1}`;
        validateSheetName(finalName);
        created = newSheet(finalName);
        workbook.sheets.push(created);
      });
      return p;
    }
  }

  class WorksheetProxy extends ClientObject {
    constructor(ctx, resolve, nullable) {
      super(ctx, resolve, nullable);
      this.tables = new TableCollectionProxy(ctx, () => this._target().tables.map((t) => ({ table: t, sheet: this._target() })), this);
      this.charts = new ChartCollectionProxy(ctx, this);
      this.names = new NameCollectionProxy(ctx, this);
      this.freezePanes = {
        freezeRows: (n) => this.ctx.enqueue("WorksheetFreezePanes.freezeRows", () => (this._target().freezeRows = n)),
      };
      this.pageLayout = recorder(ctx, "PageLayout", (kind, path, value) => {
        const s = this._target();
        if (kind === "set") s.pageLayout[path] = value;
        else s.pageLayout[`${path}()`] = value;
      });
    }
    _read(prop, s) {
      if (prop === "name") return s.name;
      if (prop === "position") return workbook.sheets.indexOf(s);
      if (prop === "visibility") return s.visibility;
      return undefined;
    }
    get name() { return this._get("name"); }
    set name(v) {
      this._set("Worksheet.name.set", "name", v, (s, value) => {
        validateSheetName(value, s);
        s.name = value;
      });
    }
    get position() { return this._get("position"); }
    set position(v) {
      this._set("Worksheet.position.set", "position", v, (s, value) => {
        const i = workbook.sheets.indexOf(s);
        workbook.sheets.splice(i, 1);
        workbook.sheets.splice(Math.min(value, workbook.sheets.length), 0, s);
      });
    }
    get visibility() { return this._get("visibility"); }
    set visibility(v) { this._set("Worksheet.visibility.set", "visibility", v, (s, value) => (s.visibility = value)); }
    delete() {
      this.ctx.enqueue("Worksheet.delete", () => {
        const s = this._target();
        workbook.sheets.splice(workbook.sheets.indexOf(s), 1);
        s.deleted = true;
        if (workbook.activeSheet === s) workbook.activeSheet = null;
      });
    }
    activate() {
      this.ctx.enqueue("Worksheet.activate", () => (workbook.activeSheet = this._target()));
    }
    getRange(address) {
      return new RangeProxy(this.ctx, () => ({ sheet: this._target(), rect: address ? parseAddress(address) : { r1: 0, c1: 0, r2: 1048575, c2: 16383 } }));
    }
    getUsedRangeOrNullObject() {
      const p = new RangeProxy(this.ctx, () => {
        const s = this._target();
        const rect = usedRect(s);
        return rect ? { sheet: s, rect } : null;
      }, true);
      this.ctx.enqueue("Worksheet.getUsedRangeOrNullObject", () => p._target());
      return p;
    }
    getUsedRange() {
      return new RangeProxy(this.ctx, () => {
        const s = this._target();
        return { sheet: s, rect: usedRect(s) || { r1: 0, c1: 0, r2: 0, c2: 0 } };
      });
    }
  }

  class RangeProxy extends ClientObject {
    constructor(ctx, resolve, nullable) {
      super(ctx, resolve, nullable);
      const fmt = (kind, path, value) => {
        const { sheet, rect } = this._target();
        const address = formatAddress(rect);
        if (path === "columnWidth") {
          for (let c = rect.c1; c <= rect.c2; c++) sheet.columnWidths[colLetters(c)] = value;
          return;
        }
        sheet.formats.push({ address, property: kind === "set" ? path : `${path}()`, value });
      };
      this.format = recorder(ctx, "RangeFormat", fmt);
      this.conditionalFormats = {
        add: (type) => {
          const record = { type, range: null, props: {} };
          this.ctx.enqueue("ConditionalFormatCollection.add", () => {
            const { sheet, rect } = this._target();
            record.range = formatAddress(rect);
            sheet.conditionalFormats.push(record);
          }, { type });
          const api = `ConditionalFormat(${type})`;
          const rec = recorder(ctx, api, (kind, path, value) => (record.props[kind === "set" ? path : `${path}()`] = value));
          return rec;
        },
      };
      // Data validation: rule, prompt and error alert per range, as recorded settings (Excel enforces them on typing).
      const validation = (key) => (value) =>
        this.ctx.enqueue(`DataValidation.${key}.set`, () => {
          const { sheet, rect } = this._target();
          const address = formatAddress(rect);
          sheet.dataValidations = sheet.dataValidations || [];
          let entry = sheet.dataValidations.find((v) => v.range === address);
          if (!entry) sheet.dataValidations.push((entry = { range: address }));
          entry[key] = JSON.parse(JSON.stringify(value));
        });
      const setRule = validation("rule");
      const setPrompt = validation("prompt");
      const setErrorAlert = validation("errorAlert");
      this.dataValidation = {
        set rule(v) { setRule(v); },
        set prompt(v) { setPrompt(v); },
        set errorAlert(v) { setErrorAlert(v); },
      };
    }
    _read(prop, t) {
      const { sheet, rect } = t;
      switch (prop) {
        case "values": return grid(rect, (r, c) => cellValue(sheet, r, c, 0));
        case "formulas": return grid(rect, (r, c) => { const x = cell(sheet, r, c); return x ? (x.formula || x.value) : ""; });
        case "numberFormat": return grid(rect, (r, c) => { const x = cell(sheet, r, c); return x ? x.numberFormat : "General"; });
        case "valueTypes": return grid(rect, (r, c) => valueType(cellValue(sheet, r, c, 0)));
        case "address": return `${quoteSheet(sheet.name)}!${formatAddress(rect)}`;
        case "rowIndex": return rect.r1;
        case "columnIndex": return rect.c1;
        case "rowCount": return rect.r2 - rect.r1 + 1;
        case "columnCount": return rect.c2 - rect.c1 + 1;
        default: return undefined;
      }
    }
    get values() { return this._get("values"); }
    set values(v) {
      this._set(`Range.values.set`, "values", v, ({ sheet, rect }, data) => {
        checkShape(rect, data, "values");
        data.forEach((row, i) => row.forEach((value, j) => {
          const x = ensureCell(sheet, rect.r1 + i, rect.c1 + j);
          x.value = value === null ? "" : typedValue(x, value);
          x.formula = null;
        }));
      });
    }
    get formulas() { return this._get("formulas"); }
    set formulas(v) {
      this._set(`Range.formulas.set`, "formulas", v, ({ sheet, rect }, data) => {
        checkShape(rect, data, "formulas");
        data.forEach((row, i) => row.forEach((f, j) => {
          const x = ensureCell(sheet, rect.r1 + i, rect.c1 + j);
          if (typeof f === "string" && f.startsWith("=")) {
            x.formula = f;
          } else {
            x.formula = null;
            x.value = f === null ? "" : typedValue(x, f);
          }
        }));
      });
    }
    get valueTypes() { return this._get("valueTypes"); }
    get numberFormat() { return this._get("numberFormat"); }
    set numberFormat(v) {
      this._set(`Range.numberFormat.set`, "numberFormat", v, ({ sheet, rect }, data) => {
        checkShape(rect, data, "numberFormat");
        data.forEach((row, i) => row.forEach((f, j) => (ensureCell(sheet, rect.r1 + i, rect.c1 + j).numberFormat = f)));
      });
    }
    get address() { return this._get("address"); }
    get rowIndex() { return this._get("rowIndex"); }
    get columnIndex() { return this._get("columnIndex"); }
    get rowCount() { return this._get("rowCount"); }
    get columnCount() { return this._get("columnCount"); }
    select() {
      this.ctx.enqueue("Range.select", () => {
        const { sheet, rect } = this._target();
        host.selection = { sheet: sheet.name, address: formatAddress(rect) };
        workbook.activeSheet = sheet;
      });
    }
    clear() {
      this.ctx.enqueue("Range.clear", () => {
        const { sheet, rect } = this._target();
        for (const key of [...sheet.cells.keys()]) {
          const [r, c] = key.split(",").map(Number);
          if (r >= rect.r1 && r <= rect.r2 && c >= rect.c1 && c <= rect.c2) sheet.cells.delete(key);
        }
      });
    }
  }

  class TableCollectionProxy {
    constructor(ctx, list, sheetProxy) {
      this.ctx = ctx;
      this._list = list;
      this._sheet = sheetProxy;
      this._items = undefined;
    }
    get items() {
      if (!this._items) throw officeError("PropertyNotLoaded", "items is not loaded.");
      return this._items;
    }
    load() {
      this.ctx.enqueue("TableCollection.load", () => {
        this._items = this._list().map(({ table }) => {
          const p = new TableProxy(this.ctx, () => table);
          p._target();
          p._loaded = { name: table.name };
          p.worksheet._target();
          p.worksheet._loaded = { name: table.sheet.name };
          return p;
        });
      });
      return this;
    }
    getItem(name) {
      return new TableProxy(this.ctx, () => { const x = findTable(name); return x ? x.table : null; });
    }
    getItemOrNullObject(name) {
      const p = new TableProxy(this.ctx, () => { const x = findTable(name); return x ? x.table : null; }, true);
      this.ctx.enqueue("TableCollection.getItemOrNullObject", () => p._target());
      return p;
    }
    add(address, hasHeaders) {
      let created = null;
      const p = new TableProxy(this.ctx, () => created);
      this.ctx.enqueue("TableCollection.add", () => {
        const sheet = this._sheet ? this._sheet._target() : findSheet(String(address).split("!")[0].replace(/'/g, ""));
        const rect = parseAddress(address);
        for (const t of sheet.tables) {
          if (!(rect.r2 < t.rect.r1 || rect.r1 > t.rect.r2 || rect.c2 < t.rect.c1 || rect.c1 > t.rect.c2)) throw officeError("InvalidOperation", "A table can't overlap another table.");
        }
        workbook.tableCounter++;
        let name = `Table${workbook.tableCounter}`;
        while (findTable(name)) name = `Table${++workbook.tableCounter}`;
        created = { name, sheet, rect, hasHeaders: hasHeaders !== false };
        if (hasHeaders === false) throw officeError("NotImplemented", "The double only models tables with headers.");
        sheet.tables.push(created);
      }, { address });
      return p;
    }
  }

  class TableProxy extends ClientObject {
    constructor(ctx, resolve, nullable) {
      super(ctx, resolve, nullable);
      this.worksheet = new WorksheetProxy(ctx, () => this._target().sheet);
      this.columns = {
        getItemAt: (i) => ({
          getDataBodyRange: () => new RangeProxy(ctx, () => {
            const t = this._target();
            return { sheet: t.sheet, rect: { r1: t.rect.r1 + 1, r2: t.rect.r2, c1: t.rect.c1 + i, c2: t.rect.c1 + i } };
          }),
        }),
      };
    }
    _read(prop, t) {
      if (prop === "name") return t.name;
      return undefined;
    }
    get name() { return this._get("name"); }
    set name(v) {
      this._set("Table.name.set", "name", v, (t, value) => {
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(value)) throw officeError("InvalidArgument", `Invalid table name '${value}'.`);
        const clash = findTable(value);
        if (clash && clash.table !== t) throw officeError("InvalidArgument", `A table named '${value}' already exists.`);
        t.name = value;
      });
    }
    getHeaderRowRange() {
      return new RangeProxy(this.ctx, () => { const t = this._target(); return { sheet: t.sheet, rect: { ...t.rect, r2: t.rect.r1 } }; });
    }
    getDataBodyRange() {
      return new RangeProxy(this.ctx, () => { const t = this._target(); return { sheet: t.sheet, rect: { ...t.rect, r1: t.rect.r1 + 1 } }; });
    }
    getRange() {
      return new RangeProxy(this.ctx, () => { const t = this._target(); return { sheet: t.sheet, rect: t.rect }; });
    }
  }

  class ChartCollectionProxy {
    constructor(ctx, sheetProxy) {
      this.ctx = ctx;
      this._sheet = sheetProxy;
    }
    add(type, sourceRange, seriesBy) {
      const record = { type, seriesBy, source: null, props: {} };
      this.ctx.enqueue("ChartCollection.add", () => {
        const sheet = this._sheet._target();
        const src = sourceRange._target();
        if (src.sheet !== sheet) throw officeError("InvalidArgument", "Chart data must be on the chart's sheet in this double.");
        record.source = formatAddress(src.rect);
        workbook.chartCounter++;
        record.props.name = `Chart ${workbook.chartCounter}`;
        sheet.charts.push(record);
      }, { type });
      return recorder(this.ctx, `Chart(${type})`, (kind, path, value) => (record.props[kind === "set" ? path : `${path}()`] = value));
    }
  }

  class NameCollectionProxy {
    constructor(ctx, sheetProxy) {
      this.ctx = ctx;
      this._sheet = sheetProxy;
    }
    add(name, reference, comment) {
      this.ctx.enqueue("NamedItemCollection.add", () => {
        const s = this._sheet._target();
        if (s.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw officeError("ItemAlreadyExists", `The name '${name}' already exists.`);
        s.names.push({ name, reference, comment });
      });
    }
    getItemOrNullObject(name) {
      const p = new NamedItemProxy(this.ctx, () => {
        const s = this._sheet._target();
        return s ? s.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) || null : null;
      }, true);
      this.ctx.enqueue("NamedItemCollection.getItemOrNullObject", () => p._target());
      return p;
    }
  }

  class NamedItemProxy extends ClientObject {
    _read(prop, n) {
      if (prop === "name") return n.name;
      if (prop === "formula" || prop === "value") return n.reference;
      return undefined;
    }
    get name() { return this._get("name"); }
    get formula() { return this._get("formula"); }
  }

  class SettingCollectionProxy {
    constructor(ctx) {
      this.ctx = ctx;
    }
    add(key, value) {
      this.ctx.enqueue("SettingCollection.add", () => (workbook.settings[key] = JSON.parse(JSON.stringify(value))), value);
    }
    getItemOrNullObject(key) {
      const p = new SettingProxy(this.ctx, () => (key in workbook.settings ? { key, value: workbook.settings[key] } : null), true);
      this.ctx.enqueue("SettingCollection.getItemOrNullObject", () => p._target());
      return p;
    }
  }

  class SettingProxy extends ClientObject {
    _read(prop, s) {
      return prop === "value" ? s.value : prop === "key" ? s.key : undefined;
    }
    get value() { return this._get("value"); }
  }

  /* ---------- fixtures and snapshots ---------- */

  /** Fixture sheet: { name, visibility?, cells: [[row, col, value, formula?]], tables: [{ name, address }] }. */
  function sheetFromFixture(f) {
    const s = newSheet(f.name);
    s.visibility = f.visibility || "Visible";
    for (const [r, c, value, formula] of f.cells || []) {
      const x = ensureCell(s, r, c);
      x.value = value === null || value === undefined ? "" : value;
      x.formula = formula || null;
    }
    for (const t of f.tables || []) s.tables.push({ name: t.name, sheet: s, rect: parseAddress(t.address), hasHeaders: true });
    return s;
  }

  function loadWorkbook(fixture) {
    workbook = newWorkbook();
    for (const f of fixture.sheets || []) workbook.sheets.push(sheetFromFixture(f));
    workbook.settings = JSON.parse(JSON.stringify(fixture.settings || {}));
    workbook.activeSheet = workbook.sheets[0] || null;
    host.syncCount = 0;
    host.calls = [];
    host.requests = [];
    host.selection = null;
  }

  function snapshotSheet(s) {
    const cells = {};
    for (const [key, x] of s.cells) {
      const [r, c] = key.split(",").map(Number);
      if ((x.value === "" || x.value === null) && !x.formula && x.numberFormat === "General") continue;
      cells[`${colLetters(c)}${r + 1}`] = { v: x.formula ? cellValue(s, r, c, 0) : x.value, ...(x.formula ? { f: x.formula } : {}), ...(x.numberFormat !== "General" ? { nf: x.numberFormat } : {}) };
    }
    return {
      name: s.name,
      visibility: s.visibility,
      cells,
      tables: s.tables.map((t) => ({ name: t.name, address: formatAddress(t.rect) })),
      charts: s.charts.map((c) => ({ type: c.type, seriesBy: c.seriesBy, source: c.source, ...c.props })),
      names: s.names.map((n) => ({ ...n })),
      conditionalFormats: s.conditionalFormats.map((c) => ({ type: c.type, range: c.range, ...c.props })),
      dataValidations: (s.dataValidations || []).map((v) => ({ ...v })),
      formats: s.formats.slice(),
      columnWidths: { ...s.columnWidths },
      freezeRows: s.freezeRows,
      pageLayout: { ...s.pageLayout },
    };
  }

  function snapshot() {
    return {
      sheets: workbook.sheets.map(snapshotSheet),
      settings: JSON.parse(JSON.stringify(workbook.settings)),
      activeSheet: workbook.activeSheet ? workbook.activeSheet.name : null,
      selection: host.selection,
      syncCount: host.syncCount,
      requests: host.requests.slice(),
    };
  }

  /* ---------- globals ---------- */

  function compareVersions(a, b) {
    const pa = String(a).split(".").map(Number);
    const pb = String(b).split(".").map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
      const d = (pa[i] || 0) - (pb[i] || 0);
      if (d) return d;
    }
    return 0;
  }

  const themes = {
    light: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000" },
    dark: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#333333", controlForegroundColor: "#FFFFFF" },
  };
  const params = new URLSearchParams(location.search);
  host.theme = params.get("theme") === "dark" ? "dark" : "light";

  const readyInfo = { host: "Excel", platform: "OfficeOnline" };
  window.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC" },
    context: {
      requirements: {
        isSetSupported(name, version) {
          if (name !== "ExcelApi") return name === "SharedRuntime" || name === "CustomFunctionsRuntime";
          return compareVersions(version || "1.1", host.apiVersion) <= 0;
        },
      },
      get officeTheme() {
        return themes[host.theme];
      },
      displayLanguage: navigator.language,
      contentLanguage: navigator.language,
    },
    onReady(callback) {
      const p = new Promise((resolve) => setTimeout(() => resolve(readyInfo), 0));
      if (callback) p.then(callback);
      return p;
    },
    actions: { associate() {} },
    addin: { showAsTaskpane: () => Promise.resolve(), setStartupBehavior: () => Promise.resolve() },
  };
  window.OfficeExtension = { Error: Error, config: {} };
  window.Excel = {
    async run(batch) {
      const ctx = new RequestContext();
      return batch(ctx);
    },
    RequestContext,
  };
  window.CustomFunctions = { associate() {} };

  // Fixtures set by the test before the page's scripts run (page.addInitScript).
  if (window.__pmoApiVersion) host.apiVersion = window.__pmoApiVersion;
  if (window.__pmoFixture) loadWorkbook(window.__pmoFixture);
  if (window.__pmoInsertFixture) host.onInsertBase64 = () => window.__pmoInsertFixture.sheets;

  window.__excelHost = {
    host,
    loadWorkbook,
    snapshot,
    resetCounters() {
      host.syncCount = 0;
      host.calls = [];
      host.requests = [];
    },
  };
})();
