/** Offers text as a file download (Blob + <a download>): nothing is sent anywhere. */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download by the next task; the URL is no longer needed then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
