// Hands a finished file to the person: a download the browser saves where they choose. Nothing leaves the machine.
export function saveFile(contents: Blob | Uint8Array | string, fileName: string, type: string): void {
  const blob = contents instanceof Blob ? contents : new Blob([contents as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, so the download has its bytes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
