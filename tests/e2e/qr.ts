// Reading the QR code a page draws, as a phone's camera would.
import { PNG } from "pngjs";
import jsQR from "jsqr";
import type { Page } from "@playwright/test";

/** The text in the QR code drawn on the page, read from a screenshot. */
export async function scanQr(page: Page) {
  const png = PNG.sync.read(await page.getByTestId("qr").screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}
