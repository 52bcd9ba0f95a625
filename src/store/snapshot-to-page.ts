import type { Page } from '../domain/page.ts';
import type { Snapshot } from './store.ts';

/** The Page a snapshot was saved from, so a build can run offline from the store. */
export function snapshotToPage(snapshot: Snapshot): Page {
  return {
    url: snapshot.url,
    input: snapshot.input,
    mediaType: snapshot.mediaType,
    encoding: snapshot.encoding,
    encodingSource: snapshot.encodingSource,
    text: snapshot.text,
    ...(snapshot.status === undefined ? {} : { status: snapshot.status }),
    ...(snapshot.headers === undefined ? {} : { headers: { ...snapshot.headers } }),
    ...(snapshot.fetchedAt === undefined ? {} : { fetchedAt: snapshot.fetchedAt }),
  };
}
