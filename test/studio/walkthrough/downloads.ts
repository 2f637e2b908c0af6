// Catches the studio's downloads in the page: the Blob behind each object URL, and the file
// name of the <a download> that is clicked for it (the click itself is cancelled, so the test
// browser saves nothing). What is caught is exactly the Blob the editor's browser would save.

export interface Download {
  name: string;
  text: string;
  type: string;
}

export interface DownloadCatcher {
  /** Waits for the next download and returns it. */
  next(): Promise<Download>;
  stop(): void;
}

export function catchDownloads(): DownloadCatcher {
  const blobs = new Map<string, Blob>();
  const original = URL.createObjectURL;
  URL.createObjectURL = function (object: Blob | MediaSource): string {
    const url = original.call(URL, object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  const queue: Download[] = [];
  const waiting: Array<(download: Download) => void> = [];
  const onClick = (event: MouseEvent) => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('download'));
    if (!link) return;
    event.preventDefault();
    const blob = blobs.get(link.href);
    if (!blob) throw new Error(`a download of ${link.download} without a Blob`);
    void blob.text().then((text) => {
      const download = { name: link.download, text, type: blob.type };
      const resolve = waiting.shift();
      if (resolve) resolve(download);
      else queue.push(download);
    });
  };
  document.addEventListener('click', onClick, true);
  return {
    next: () => {
      const ready = queue.shift();
      return ready ? Promise.resolve(ready) : new Promise((resolve) => waiting.push(resolve));
    },
    stop: () => {
      URL.createObjectURL = original;
      document.removeEventListener('click', onClick, true);
    },
  };
}
