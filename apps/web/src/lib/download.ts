/** Saves text as a file in the browser through a temporary object URL. */
export function downloadText(text: string, fileName: string, type = "text/csv;charset=utf-8") {
  // A string Blob is UTF-8, so a CSV's leading U+FEFF becomes the BOM Excel needs.
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoking within the click handler can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
