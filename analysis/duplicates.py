"""Find copies of the same story in a corpus, from small per-article signatures.

A real corpus holds the same wire story on several sites: byte for byte, with
another date header or trailing spaces, or lightly edited (another first line,
"U.S." for "US", a teaser for a related story). Copies are recorded as rows
of a table, never dropped.

The export reads one article at a time and keeps no text, so the work is in
two steps. `signature(article_id, path, sha256, text)` reduces one article to
a `Signature` of under a kilobyte (it pickles, so worker processes can send
it to the parent); a `DuplicateFinder` takes the signatures in any order and
`rows()` gives one row per article that has a copy (`DUPLICATE_COLUMNS`).

Near-identical means an estimated Jaccard similarity of at least `THRESHOLD`
between the articles' sets of word 5-shingles (runs of five words, case
folded, full stops and apostrophes deleted so that "U.S." reads as "US" and
"China's" as "Chinas"), estimated by a MinHash of `NUM_PERM` permutations
(datasketch, fixed seed). Why 0.4: of the 1,176 pairs of the 44 evaluation
articles and the 5 seeds, the one pair that is the same AP story on two
sites, edited by each, shares 53% of its shingles; the closest pair of
different stories (a news summary and the remarks it quotes) shares 6.4%.
Unedited wire copies share far more than 53%, so 0.4 keeps edited copies with
a margin of three standard errors of the estimate (0.044 at 0.5), and stays
six times above what two reports of the same event share.

Candidates come from banding the MinHash values (42 bands of 3 rows, as an
LSH index does, but kept as one compact array of 32-bit values per article
and grouped by sorting once, in `rows()`: about 0.6 KB an article, where
datasketch's MinHashLSH index took about 13 KB; a band value shared by more
than `MAX_BAND_GROUP` articles is a common passage, not a story, and is not
used), so 100,000
articles are not compared pair by pair: a pair of similarity 0.4 becomes a
candidate with probability 0.94, one of 0.53 with 0.999, one of 0.1 (two
reports quoting the same remarks) with 0.04, and every candidate is then
checked against `THRESHOLD`.

Copies are linked transitively (union-find). A cluster's first member is its
smallest article_id, clusters are numbered 1, 2, ... in the order of their
first members, and which pairs are linked depends only on the two signatures,
so the rows do not depend on the order of `add()` calls: one process or
several give the same table. Each row says how its article stands to the
cluster's first member: "same bytes", "same text" (the compared text, with
whitespace folded, is the same; similarity 1.0) or "near-identical" with the
estimated similarity, which is below `THRESHOLD` for an article linked only
through another copy. The first member's own row reads "first", 1.0.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from array import array
from functools import cache
from typing import NamedTuple

import numpy as np
from datasketch import MinHash

DUPLICATE_COLUMNS = ["cluster_id", "article_id", "path", "match", "similarity", "first"]

SAME_BYTES = "same bytes"
SAME_TEXT = "same text"
NEAR_IDENTICAL = "near-identical"
FIRST = "first"  # the match of a cluster's first member: the one the others are compared with

SHINGLE = 5  # words per shingle
NUM_PERM = 128  # MinHash permutations: the estimate's standard error is at most 0.044
SEED = 1
SCHEME = "affine32"  # datasketch's permutation scheme: hash values are 32-bit
THRESHOLD = 0.4  # estimated Jaccard similarity from which two texts are near-identical
LSH_BANDS, LSH_ROWS = 42, 3
# A band value shared by more articles than this is not used to find candidates: such a crowd shares a common
# passage (a boilerplate paragraph, a quoted statement), not a story. A true copy shares many bands (about 2.7
# of 42 at the threshold, 21 at a similarity of 0.8), so it is still found through the others; the pairs within
# the crowd would cost the square of its size.
MAX_BAND_GROUP = 200

_DTYPE = np.uint32
_MARKS = str.maketrans("", "", ".'’")  # deleted before splitting words: U.S. -> US, China’s -> Chinas
_WORD = re.compile(r"[^\W_]+")


class Signature(NamedTuple):
    """What duplicate detection needs of one article: ids, hashes and a sketch."""

    article_id: str
    path: str
    sha256: str  # of the file bytes
    text_sha256: str  # of the compared text, whitespace folded
    minhash: bytes  # NUM_PERM 32-bit MinHash values of the word shingles; empty for a text without words


@cache
def _permutations():
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def shingles(text: str) -> list[str]:
    """The word 5-shingles of `text` (one shingle of all its words if it has fewer than five)."""
    words = _WORD.findall(text.casefold().translate(_MARKS))
    return [" ".join(words[i : i + SHINGLE]) for i in range(max(len(words) - SHINGLE + 1, min(len(words), 1)))]


def signature(article_id: str, path: str, sha256: str, text: str) -> Signature:
    """The signature of one article; `text` is what should be compared (debris removed, if wanted)."""
    folded = " ".join(text.split())
    grams = shingles(folded)
    sketch = b""
    if grams:
        m = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=zlib.crc32, permutations=_permutations(), scheme=SCHEME)
        m.update_batch(g.encode("utf-8") for g in grams)
        sketch = m.hashvalues.astype(_DTYPE).tobytes()
    text_sha256 = hashlib.sha256(folded.encode("utf-8")).hexdigest()
    return Signature(article_id, path, sha256, text_sha256, sketch)


def _values(sig: Signature) -> np.ndarray:
    return np.frombuffer(sig.minhash, dtype=_DTYPE)


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets (0.0 if either has no words)."""
    if not a.minhash or not b.minhash:
        return 0.0
    return float(np.count_nonzero(_values(a) == _values(b))) / NUM_PERM


def _short(digest: str) -> bytes:
    """16 bytes that stand for a hash as written (hex), kept in place of its 64 characters."""
    return hashlib.blake2b(digest.encode("ascii", "replace"), digest_size=16).digest()


class DuplicateFinder:
    """Collects signatures with `add()`; `rows()` lists the clusters of copies.

    What it keeps of each article is compact, so that a corpus of 100,000 articles costs tens of
    megabytes: its id and path, the first 16 bytes of its two hashes, a parent index for union-find
    in an `array`, and, for the first article of each distinct text, its sketch in one `bytearray`.
    """

    def __init__(self):
        self._ids: list[str] = []
        self._paths: list[str] = []
        self._number: dict[str, int] = {}  # article_id → its index
        self._parent = array("l")
        self._digests = bytearray()  # per article: 16 bytes of the file's hash, 16 of the text's
        self._by_bytes: dict[bytes, int] = {}
        self._by_text: dict[bytes, int] = {}
        self._indexed = array("l")  # articles whose sketch is banded (one per distinct text)
        self._sketch_row = array("l")  # per article: its row in _sketches, or -1
        self._sketches = bytearray()
        self._banded = 0  # how many of them `_link_near_copies` has already seen

    def __len__(self) -> int:
        return len(self._ids)

    def _root(self, i: int) -> int:
        parent = self._parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def _union(self, a: int, b: int) -> None:
        ra, rb = self._root(a), self._root(b)
        if ra != rb:  # the root is the smaller article_id
            low, high = (ra, rb) if self._ids[ra] < self._ids[rb] else (rb, ra)
            self._parent[high] = low

    def _digest(self, i: int, which: int) -> bytes:
        at = 32 * i + 16 * which
        return bytes(self._digests[at : at + 16])

    def add(self, sig: Signature) -> None:
        """Add one article's signature; an article_id added twice is a `ValueError`."""
        key = sig.article_id
        if key in self._number:
            raise ValueError(f"{sig.path}: article_id {key!r} was already added, for {self._paths[self._number[key]]}")
        i = len(self._ids)
        self._ids.append(key)
        self._paths.append(sig.path)
        self._number[key] = i
        self._parent.append(i)
        file_digest, text_digest = _short(sig.sha256), _short(sig.text_sha256)
        self._digests += file_digest + text_digest
        self._union(i, self._by_bytes.setdefault(file_digest, i))
        same_text = self._by_text.setdefault(text_digest, i)
        self._union(i, same_text)
        if same_text == i and sig.minhash:  # a new text with words: band its sketch
            self._sketch_row.append(len(self._indexed))
            self._indexed.append(i)
            self._sketches += sig.minhash
        else:
            self._sketch_row.append(-1)

    def _values_of(self) -> np.ndarray:
        # a view of the bytearray, not a copy (the finder takes no more signatures once it is asked for rows)
        return np.frombuffer(self._sketches, dtype=_DTYPE).reshape(len(self._indexed), NUM_PERM)

    def _link_near_copies(self) -> None:
        """Link every pair of indexed sketches that share a band and are similar enough.

        Vectorised: per band, the sketches are sorted by the band's hash, and
        the candidate pairs are the sorted neighbours at offsets 1, 2, … that
        share it (groups larger than `MAX_BAND_GROUP` left out); the candidates
        are checked against `THRESHOLD` band by band, offset by offset and in
        blocks, so memory stays bounded, and the similar pairs are linked.
        """
        if self._banded == len(self._indexed) or len(self._indexed) < 2:
            return
        values = self._values_of()
        n = len(values)
        mix = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)
        for band in range(LSH_BANDS):
            rows = values[:, band * LSH_ROWS : (band + 1) * LSH_ROWS].astype(np.uint64)
            keys = (rows * mix[:LSH_ROWS]).sum(axis=1, dtype=np.uint64)  # wraps: a hash of the band
            order = np.argsort(keys, kind="stable")
            sorted_keys = keys[order]
            starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
            sizes = np.diff(np.r_[starts, n])
            size_at = np.repeat(sizes, sizes)  # the size of each sorted position's group
            usable = (size_at >= 2) & (size_at <= MAX_BAND_GROUP)
            for offset in range(1, int(sizes[sizes <= MAX_BAND_GROUP].max(initial=1))):
                same = usable[:-offset] & (sorted_keys[:-offset] == sorted_keys[offset:])
                if not same.any():
                    break
                self._link_similar(values, order[:-offset][same], order[offset:][same])
        self._banded = len(self._indexed)

    def _link_similar(self, values: np.ndarray, a: np.ndarray, b: np.ndarray) -> None:
        """Link the pairs (a[k], b[k]) of sketch indices whose sketches are similar enough."""
        for lo in range(0, len(a), 20_000):  # 20,000 pairs of 128 values (10 MB) at a time
            x, y = a[lo : lo + 20_000], b[lo : lo + 20_000]
            similar = (values[x] == values[y]).sum(axis=1) >= THRESHOLD * NUM_PERM
            for i, j in zip(x[similar].tolist(), y[similar].tolist()):
                self._union(self._indexed[i], self._indexed[j])

    def _similarity(self, a: int, b: int) -> float:
        """Estimated similarity of two articles, through the sketches of their texts' first articles."""
        ka, kb = self._by_text[self._digest(a, 1)], self._by_text[self._digest(b, 1)]
        if ka == kb:
            return 1.0
        ra, rb = self._sketch_row[ka], self._sketch_row[kb]
        if ra < 0 or rb < 0:
            return 0.0
        size = np.dtype(_DTYPE).itemsize * NUM_PERM
        va = np.frombuffer(bytes(self._sketches[ra * size : (ra + 1) * size]), dtype=_DTYPE)
        vb = np.frombuffer(bytes(self._sketches[rb * size : (rb + 1) * size]), dtype=_DTYPE)
        return float(np.count_nonzero(va == vb)) / NUM_PERM

    def rows(self) -> list[dict]:
        """One row per article that has a copy, by cluster then article_id (`DUPLICATE_COLUMNS`)."""
        self._link_near_copies()
        clusters: dict[int, list[int]] = {}
        for i in range(len(self._ids)):
            clusters.setdefault(self._root(i), []).append(i)
        ids = self._ids
        rows = []
        copies = [sorted(members, key=ids.__getitem__) for members in clusters.values() if len(members) > 1]
        copies.sort(key=lambda members: [ids[i] for i in members])
        for number, members in enumerate(copies, start=1):
            first = members[0]
            for i in members:
                if i == first:
                    match, sim = FIRST, 1.0
                elif self._digest(i, 0) == self._digest(first, 0):
                    match, sim = SAME_BYTES, 1.0
                elif self._digest(i, 1) == self._digest(first, 1):
                    match, sim = SAME_TEXT, 1.0
                else:
                    match, sim = NEAR_IDENTICAL, self._similarity(i, first)
                rows.append(
                    {
                        "cluster_id": number,
                        "article_id": ids[i],
                        "path": self._paths[i],
                        "match": match,
                        "similarity": round(sim, 3),
                        "first": ids[first],
                    }
                )
        return rows
