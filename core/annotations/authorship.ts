/**
 * Who may change a note: only its author. Packs are unsigned files that travel by chat and USB stick, so a version —
 * a tombstone included — whose author differs from the note's known author is refused, whoever sent the pack.
 * A note's author is known from what is already held (the store, or the first pack of a merge); a note nobody holds
 * that two packs give to different authors belongs to neither, so no pack can take over or delete another member's
 * note by arriving first in the same batch.
 *
 * What this cannot prevent: a pack that signs a version with the owner's own author id. Author ids are not secrets
 * (every shared pack carries them), so telling a forged version from the owner's needs signed packs.
 */
import type { Annotation } from './model';

/** The versions that keep authorship, and the ones refused (each with the author the note belongs to, if known). */
export interface AuthorshipCheck {
  kept: Annotation[];
  refused: { version: Annotation; owner: string | null }[];
}

/**
 * Splits `versions` (from any number of packs) by authorship. `owners` maps ids already held to their author id;
 * an id it lacks is owned by the one author all its versions name, or by nobody when they disagree.
 */
export function checkAuthorship(
  owners: ReadonlyMap<string, string>,
  versions: readonly Annotation[],
): AuthorshipCheck {
  const claimed = new Map<string, string | null>();
  for (const version of versions) {
    if (owners.has(version.id)) continue;
    const seen = claimed.get(version.id);
    if (seen === undefined) claimed.set(version.id, version.author.id);
    else if (seen !== version.author.id) claimed.set(version.id, null);
  }
  const out: AuthorshipCheck = { kept: [], refused: [] };
  for (const version of versions) {
    const owner = owners.get(version.id) ?? claimed.get(version.id) ?? null;
    if (owner === version.author.id) out.kept.push(version);
    else out.refused.push({ version, owner });
  }
  return out;
}

/** Author ids by note id, for `checkAuthorship`. */
export function ownersOf(held: Iterable<Annotation>): Map<string, string> {
  const owners = new Map<string, string>();
  for (const a of held) owners.set(a.id, a.author.id);
  return owners;
}
