/** The drawing part (`xdr:wsDr`) that places a sheet's charts: one one-cell anchor per chart, sized in EMU. */
import type { ChartSpec } from "../../../sheets/sheetSpec";
import { parseCell } from "../cellRefs";
import { NS_A, NS_C, NS_R, NS_XDR, XML_DECLARATION, esc } from "./drawingMl";

export const EMU_PER_POINT = 12_700;

/** Chart k is the graphic frame with r:id="rId{k+1}" (the drawing's relationships list the charts in order). */
export function drawingXml(charts: readonly ChartSpec[]): string {
  const anchors = charts.map((chart, k) => {
    const { row, col } = parseCell(chart.anchor);
    const cx = Math.round(chart.width * EMU_PER_POINT);
    const cy = Math.round(chart.height * EMU_PER_POINT);
    return (
      "<xdr:oneCellAnchor>" +
      `<xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:ext cx="${cx}" cy="${cy}"/>` +
      '<xdr:graphicFrame macro="">' +
      // cNvPr ids must be unique within the drawing; Excel numbers its own from 2.
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${k + 2}" name="${esc(chart.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="rId${k + 1}"/></a:graphicData></a:graphic>` +
      "</xdr:graphicFrame>" +
      "<xdr:clientData/>" +
      "</xdr:oneCellAnchor>"
    );
  });
  return XML_DECLARATION + `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors.join("")}</xdr:wsDr>`;
}
