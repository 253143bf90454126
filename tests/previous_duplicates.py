"""The duplicate finder as it was when it kept everything in memory: the reference the file-backed
`analysis.duplicates.DuplicateFinder` must give the same rows as (tests/test_duplicates_disk.py)."""

from array import array

import numpy as np

from analysis.duplicates import (
    _DTYPE,
    FIRST,
    LSH_BANDS,
    LSH_ROWS,
    MAX_BAND_GROUP,
    NEAR_IDENTICAL,
    NUM_PERM,
    SAME_BYTES,
    SAME_TEXT,
    THRESHOLD,
    Signature,
    _short,
)


class PreviousFinder:
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
