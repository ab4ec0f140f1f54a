/** Pieces every part of the fake shares: ids and Electron's Event shape. */

let nextId = 1;

/** Ids for webContents and frames (processId, routingId), unique across resets. */
export function newId(): number {
  return nextId++;
}

/** Electron's Event: the params plus preventDefault / defaultPrevented. */
export function electronEvent<P extends object>(params: P) {
  let prevented = false;
  return {
    ...params,
    preventDefault: (): void => {
      prevented = true;
    },
    get defaultPrevented(): boolean {
      return prevented;
    },
  };
}
