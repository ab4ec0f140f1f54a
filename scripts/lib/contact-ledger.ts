/**
 * The load benchmark's book of contacts: when each was first posted, whether the gateway took it,
 * when its offer was first applied on any desktop, who accepted it and whether it was wrapped up.
 * From it, per phase: delivery times, lost contacts (taken, never offered), unfinished ones and
 * contacts accepted by two agents.
 */

export interface ContactTrack {
  phase: string;
  externalId: string;
  /** performance.now() of the first POST attempt. */
  sentAt: number;
  /** The gateway answered 202 (at some attempt). */
  taken: boolean;
  /** No more attempts: taken, or given up. */
  settled: boolean;
  /** performance.now() when its offer was first applied on a desktop. */
  offeredAt: number | null;
  finished: boolean;
}

export interface LedgerSummary {
  posted: number;
  taken: number;
  /** The externalIds of the contacts the gateway never answered 202 for (within the run). */
  notTaken: string[];
  /** ms from the first POST to the first offer applied, one per contact offered. */
  delivery: number[];
  lost: number;
  /** The externalIds of the contacts taken and never offered (to look up where they stand). */
  neverOffered: string[];
  unfinished: number;
}

export class ContactLedger {
  private readonly tracks = new Map<string, ContactTrack>();
  private readonly externalOf = new Map<string, string>();
  private readonly acceptedBy = new Map<string, string>();

  /** A contact about to be posted for the first time. */
  post(phase: string, externalId: string, at: number): ContactTrack {
    const track: ContactTrack = {
      phase,
      externalId,
      sentAt: at,
      taken: false,
      settled: false,
      offeredAt: null,
      finished: false,
    };
    this.tracks.set(externalId, track);
    return track;
  }

  /** Its offer was applied on a desktop (the first time counts for delivery). */
  offered(contactId: string, externalId: string, at: number): void {
    this.externalOf.set(contactId, externalId);
    const track = this.tracks.get(externalId);
    if (track && track.offeredAt === null) track.offeredAt = at;
  }

  /** An agent's accept went through; false when another agent had accepted it already. */
  accepted(contactId: string, agentId: string): boolean {
    const first = this.acceptedBy.get(contactId);
    this.acceptedBy.set(contactId, first ?? agentId);
    return first === undefined || first === agentId;
  }

  wrapped(contactId: string): void {
    const externalId = this.externalOf.get(contactId);
    const track = externalId === undefined ? undefined : this.tracks.get(externalId);
    if (track) track.finished = true;
  }

  /** True while a contact of these is not settled, or taken and not wrapped up. */
  static busy(tracks: readonly ContactTrack[]): boolean {
    return tracks.some((t) => !t.settled || (t.taken && !t.finished));
  }

  static summarize(tracks: readonly ContactTrack[]): LedgerSummary {
    const taken = tracks.filter((t) => t.taken);
    return {
      posted: tracks.length,
      taken: taken.length,
      notTaken: tracks.filter((t) => !t.taken).map((t) => t.externalId),
      delivery: tracks.flatMap((t) => (t.offeredAt === null ? [] : [t.offeredAt - t.sentAt])),
      lost: taken.filter((t) => t.offeredAt === null).length,
      neverOffered: taken.filter((t) => t.offeredAt === null).map((t) => t.externalId),
      unfinished: tracks.filter((t) => t.offeredAt !== null && !t.finished).length,
    };
  }
}
