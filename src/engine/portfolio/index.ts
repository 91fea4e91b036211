/** The public entry of src/engine/portfolio: import this folder, not its files. */
export * from "./benefit";
export * from "./columnFeatures";
export * from "./features";
export * from "./groupPrioritisation";
export * from "./months";
export * from "./readPortfolio";
export * from "./scorePortfolio";
export * from "./tableData";
export * from "./tableReader";
export * from "./template";
export * from "./types";
