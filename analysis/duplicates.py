"""Find copies of the same story in a corpus, from small per-article signatures.

A real corpus holds the same wire story on several sites: byte for byte, with
another date header or trailing spaces, or lightly edited (another first line,
"U.S." for "US", a teaser for a related story). Copies are recorded as rows
of a table, never dropped.

The export reads one article at a time and keeps no text, so the work is in
two steps. `signature(article_id, path, sha256, text)` reduces one article to
a `Signature` of under a kilobyte (it pickles, so worker processes can send
it to the parent; its MinHash is the one datasketch computes, in one numpy
pass); a `DuplicateFinder` takes the signatures in any order and
`rows()` gives one row per article that has a copy (`DUPLICATE_COLUMNS`).

Near-identical means an estimated Jaccard similarity of at least `THRESHOLD`
between the articles' sets of word 5-shingles (runs of five words, case
folded, full stops and apostrophes deleted so that "U.S." reads as "US" and
"China's" as "Chinas"), estimated by a MinHash of `NUM_PERM` permutations
(datasketch, fixed seed). Why 0.4: of the 1,711 pairs of the 54 evaluation
articles and the 5 seeds, the one pair that is the same AP story on two
sites, edited by each, shares 54% of its shingles; the closest pair of
different stories (a report of a meeting and the remarks it quotes) shares 6.8%.
Unedited wire copies share far more than 54%, so 0.4 keeps edited copies with
a margin of three standard errors of the estimate (0.044 at 0.5), and stays
six times above what two reports of the same event share.

Candidates come from banding the MinHash values (42 bands of 3 rows, as an
LSH index does, but not in an index in memory: the finder appends each
article's sketch to a temporary file, and `rows()` hashes the bands and sorts
one band's column at a time, 8 bytes an article, where datasketch's
MinHashLSH index took about 13 KB an article; a band value shared by more
than `MAX_BAND_GROUP` articles is a common passage, not a story, and is not
used), so 100,000 articles are not compared pair by pair: a pair of
similarity 0.4 becomes a candidate with probability 0.94, one of 0.53 with
0.999, one of 0.1 (two reports quoting the same remarks) with 0.04, and
every candidate is then checked against `THRESHOLD`. Same bytes and same
text are found the same way, by sorting the hashes' columns, so what the
finder holds in memory while articles are added is an index of the ids
(16 bytes an article), not their data.

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
import mmap
import os
import re
import shutil
import struct
import tempfile
import weakref
import zlib
from array import array
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

import numpy as np

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
_MARKS = ".'’"  # deleted before splitting words: U.S. -> US, China’s -> Chinas
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
    """datasketch's permutations for `MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)`, as
    `resources/minhash_permutations.csv` keeps them (importing datasketch takes half a second)."""
    from importlib.resources import files

    text = (files("analysis") / "resources" / "minhash_permutations.csv").read_text(encoding="utf-8")
    rows = [line.split(",") for line in text.splitlines() if line and not line.startswith("#")][1:]
    a, b = (np.array([int(r[i]) for r in rows], dtype=_DTYPE) for i in (0, 1))
    if len(a) != NUM_PERM:
        raise ValueError(f"minhash_permutations.csv: {len(a)} rows for {NUM_PERM} permutations")
    return a, b


def _words(text: str) -> list[str]:
    text = text.casefold()
    for mark in _MARKS:  # three replaces: str.translate deleting characters is ten times slower
        text = text.replace(mark, "")
    return _WORD.findall(text)


def shingles(text: str) -> list[str]:
    """The word 5-shingles of `text` (one shingle of all its words if it has fewer than five)."""
    words = _words(text)
    return [" ".join(words[i : i + SHINGLE]) for i in range(max(len(words) - SHINGLE + 1, min(len(words), 1)))]


def _shingle_hashes(text: str) -> list[int]:
    """The CRC-32 of the UTF-8 of each of `shingles(text)`, in order, without building the shingles: the
    words are joined and encoded once, and each shingle is a slice of those bytes."""
    words = _words(text)
    if not words:
        return []
    joined = " ".join(words).encode("utf-8")
    lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    if len(joined) != len(lengths) - 1 + int(lengths.sum()):  # not ASCII: lengths in bytes
        lengths = np.fromiter((len(w.encode("utf-8")) for w in words), dtype=np.int64, count=len(words))
    starts = np.cumsum(lengths + 1) - (lengths + 1)
    width = min(SHINGLE, len(words))
    count = len(words) - width + 1
    ends = starts[width - 1 : width - 1 + count] + lengths[width - 1 : width - 1 + count]
    data = memoryview(joined)
    crc = zlib.crc32
    return [crc(data[a:b]) for a, b in zip(starts[:count].tolist(), ends.tolist())]


_FMIX32 = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)  # MurmurHash3's finalizer, as datasketch's "affine32" pre-mixes


def _sketch(hashes: list[int]) -> bytes:
    """The MinHash values of these shingle hashes, as datasketch's `MinHash(num_perm=NUM_PERM, seed=SEED,
    scheme=SCHEME, hashfunc=zlib.crc32).update_batch` computes them (a test pins that), in one numpy pass."""
    a, b = _permutations()
    s1, m1, s2, m2, s3 = _FMIX32
    hv = np.array(hashes, dtype=np.uint32)
    hv ^= hv >> np.uint32(s1)
    hv *= np.uint32(m1)
    hv ^= hv >> np.uint32(s2)
    hv *= np.uint32(m2)
    hv ^= hv >> np.uint32(s3)
    return (hv[:, None] * a + b).min(axis=0).astype(_DTYPE).tobytes()


def signature(article_id: str, path: str, sha256: str, text: str) -> Signature:
    """The signature of one article; `text` is what should be compared (debris removed, if wanted)."""
    folded = " ".join(text.split())
    hashes = _shingle_hashes(folded)
    sketch = _sketch(hashes) if hashes else b""
    text_sha256 = hashlib.sha256(folded.encode("utf-8")).hexdigest()
    return Signature(article_id, path, sha256, text_sha256, sketch)


def _datasketch_signature(article_id: str, path: str, sha256: str, text: str) -> Signature:
    """`signature` as datasketch computes it, shingle by shingle: what the fast path must equal (tests)."""
    folded = " ".join(text.split())
    grams = shingles(folded)
    sketch = b""
    if grams:
        from datasketch import MinHash

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


def _id_key(article_id: str) -> int:
    return int.from_bytes(
        hashlib.blake2b(article_id.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little"
    )


# What the finder writes of each article, in the order of `add()`: one fixed-width record (where its id and
# path are in the strings file, the 16 bytes of its file's and its text's hashes, whether its text has words),
# and its sketch at a fixed place in the sketches file (zeros for a text without words).
_RECORD = np.dtype(
    [("at", "<u8"), ("id_len", "<u4"), ("path_len", "<u4"), ("file", "V16"), ("text", "V16"), ("words", "u1")]
)
_SKETCH_BYTES = NUM_PERM * np.dtype(_DTYPE).itemsize
_EMPTY_SKETCH = bytes(_SKETCH_BYTES)
_CHUNK = 2048  # articles read at a time when a column is gathered from the files (1 MB of sketches)
_PAIRS = 2048  # candidate pairs checked at a time (their sketches are read from the file)
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)


class _IdIndex:
    """Which article ids were added: 8-byte hashes of the ids and their article numbers, 16 bytes an article.

    Sorted runs of doubling size (a log-structured index), each searched with `searchsorted`, and a dict of
    the latest additions; so an addition costs amortised O(log n) and nothing holds a Python object per article.
    """

    PENDING = 1024

    def __init__(self):
        self.runs: list[tuple[np.ndarray, np.ndarray]] = []
        self.pending: dict[int, int] = {}

    def get(self, key: int) -> int:
        """The number of the first article whose id has this hash, or -1."""
        if key in self.pending:
            return self.pending[key]
        k = np.uint64(key)
        for keys, numbers in self.runs:
            at = int(np.searchsorted(keys, k))
            if at < len(keys) and keys[at] == k:
                return int(numbers[at])
        return -1

    def put(self, key: int, number: int) -> None:
        self.pending.setdefault(key, number)
        if len(self.pending) < self.PENDING:
            return
        run = (np.fromiter(self.pending, np.uint64, len(self.pending)), np.fromiter(self.pending.values(), np.int64))
        self.pending = {}
        self.runs.append(run)
        while len(self.runs) > 1 and len(self.runs[-2][0]) <= 2 * len(self.runs[-1][0]):
            (k1, n1), (k2, n2) = self.runs.pop(), self.runs.pop()
            self.runs.append((np.concatenate([k2, k1]), np.concatenate([n2, n1])))
        keys, numbers = self.runs[-1]
        order = np.argsort(keys, kind="stable")
        self.runs[-1] = (keys[order], numbers[order])

    def size(self) -> int:
        """Bytes held."""
        return sum(k.nbytes + n.nbytes for k, n in self.runs) + 100 * len(self.pending)


class _Store:
    """The files of one finder, in a temporary folder removed by `close()` (or when the finder is collected)."""

    def __init__(self, parent: str | None):
        self.folder = tempfile.mkdtemp(prefix="duplicates.", dir=parent)
        self.records = open(os.path.join(self.folder, "records"), "w+b")
        self.strings = open(os.path.join(self.folder, "strings"), "w+b")
        self.sketches = open(os.path.join(self.folder, "sketches"), "w+b")
        self.strings_at = 0

    def flush(self) -> None:
        for f in (self.records, self.strings, self.sketches):
            f.flush()

    def close(self) -> None:
        for f in (self.records, self.strings, self.sketches):
            f.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def _roots(tree: np.ndarray, i: np.ndarray) -> np.ndarray:
    """The union-find roots of articles `i`, following the parents of all of them at once."""
    r = tree[i]
    while True:
        up = tree[r]
        if np.array_equal(up, r):
            return r
        r = up


class DuplicateFinder:
    """Collects signatures with `add()`; `rows()` lists the clusters of copies.

    Memory does not grow with the corpus: what is kept of each article (its id and path, 16 bytes of each of
    its two hashes, its sketch) is appended to files in a temporary folder (in `folder`, by default the
    system's), and only an index of the ids' 8-byte hashes stays in memory (16 bytes an article), so that an
    id added twice is refused at once. `rows()` then reads one column at a time: it sorts the file hashes and
    the text hashes to link same bytes and same text, and the band hashes of the sketches one band at a time
    (8 bytes an article) to find the candidate near-identical pairs, whose sketches are read from the file a
    block of pairs at a time. Its memory is a few such columns, plus the rows of the copies it lists.
    `close()` removes the files (also done when the finder is garbage collected).
    """

    def __init__(self, folder: str | os.PathLike | None = None):
        self._folder = None if folder is None else os.fspath(folder)
        self._store: _Store | None = None
        self._ids = _IdIndex()
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Remove the finder's files; it forgets every signature."""
        if self._store is not None:
            self._finalizer()
            self._store = None
        self._ids = _IdIndex()
        self._count = 0

    def memory(self) -> int:
        """Bytes the finder holds in memory (not counting its buffered file writes, a few kilobytes)."""
        return self._ids.size()

    def _files(self) -> _Store:
        if self._store is None:
            self._store = _Store(self._folder)
            self._finalizer = weakref.finalize(self, self._store.close)
        return self._store

    def _strings_of(self, record) -> tuple[str, str]:
        at, id_len, path_len = int(record["at"]), int(record["id_len"]), int(record["path_len"])
        data = os.pread(self._store.strings.fileno(), id_len + path_len, at)
        return data[:id_len].decode("utf-8", "surrogatepass"), data[id_len:].decode("utf-8", "surrogatepass")

    def _record(self, i: int):
        return np.frombuffer(os.pread(self._store.records.fileno(), _RECORD.itemsize, i * _RECORD.itemsize), _RECORD)[0]

    def _sketch(self, i: int) -> np.ndarray:
        return np.frombuffer(os.pread(self._store.sketches.fileno(), _SKETCH_BYTES, i * _SKETCH_BYTES), _DTYPE)

    def add(self, sig: Signature) -> None:
        """Add one article's signature; an article_id added twice is a `ValueError`."""
        store = self._files()
        key = _id_key(sig.article_id)
        seen = self._ids.get(key)
        if seen >= 0:
            store.flush()
            article_id, path = self._strings_of(self._record(seen))
            if article_id == sig.article_id:  # not two ids of the same hash (one chance in 2**64 a pair)
                raise ValueError(f"{sig.path}: article_id {sig.article_id!r} was already added, for {path}")
        i = self._count
        article_id = sig.article_id.encode("utf-8", "surrogatepass")
        path = str(sig.path).encode("utf-8", "surrogatepass")
        store.records.write(
            struct.pack(
                "<QII16s16sB",
                store.strings_at,
                len(article_id),
                len(path),
                _short(sig.sha256),
                _short(sig.text_sha256),
                bool(sig.minhash),
            )
        )
        store.strings.write(article_id + path)
        store.strings_at += len(article_id) + len(path)
        store.sketches.write(sig.minhash or _EMPTY_SKETCH)
        self._ids.put(key, i)
        self._count = i + 1

    # --- rows: one column at a time -------------------------------------------------------------------

    def _column(self, name: str) -> np.ndarray:
        """One field of every article's record, read from the file a chunk at a time."""
        fd, size = self._store.records.fileno(), _RECORD.itemsize
        return np.concatenate(
            [
                np.frombuffer(os.pread(fd, _CHUNK * size, lo * size), dtype=_RECORD)[name].copy()
                for lo in range(0, self._count, _CHUNK)
            ]
        )

    @staticmethod
    def _groups(column: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Pairs (member, first member) of the groups of equal values in `column` (first: the smallest index)."""
        halves = column.view(np.uint64).reshape(len(column), -1)
        order = np.lexsort(halves.T[::-1])  # by value, then by index (lexsort is stable)
        ordered = halves[order]
        starts = np.r_[True, (ordered[1:] != ordered[:-1]).any(axis=1)]
        first = order[np.flatnonzero(starts)][np.cumsum(starts) - 1]
        copy = order != first
        return order[copy], first[copy]

    def _link(self, parent: array, a, b) -> None:
        for i, j in zip(a, b):
            ra, rb = self._root(parent, i), self._root(parent, j)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

    @staticmethod
    def _root(parent: array, i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def _band_columns(self, indexed: np.ndarray) -> list[tuple[int, int]]:
        """Write the band hashes of the indexed sketches to a file, band-major in blocks; the blocks' places."""
        blocks, at = [], 0
        fd = self._store.sketches.fileno()
        path = os.path.join(self._store.folder, "bands")
        with open(path, "wb") as out:
            for lo in range(0, self._count, _CHUNK):
                mine = indexed[(indexed >= lo) & (indexed < lo + _CHUNK)]
                if not len(mine):
                    continue
                values = np.frombuffer(os.pread(fd, _CHUNK * _SKETCH_BYTES, lo * _SKETCH_BYTES), dtype=_DTYPE)
                values = values.reshape(-1, NUM_PERM)[mine - lo, : LSH_BANDS * LSH_ROWS].astype(np.uint64)
                keys = (values.reshape(len(mine), LSH_BANDS, LSH_ROWS) * _MIX[:LSH_ROWS]).sum(axis=2, dtype=np.uint64)
                out.write(np.ascontiguousarray(keys.T).tobytes())  # wraps: a hash of each band
                blocks.append((at, len(mine)))
                at += keys.nbytes
        return blocks

    def _band(self, band: int, blocks: list[tuple[int, int]]) -> np.ndarray:
        with open(os.path.join(self._store.folder, "bands"), "rb") as f:
            parts = []
            for at, size in blocks:
                f.seek(at + band * size * 8)
                parts.append(np.fromfile(f, dtype=np.uint64, count=size))
        return np.concatenate(parts)

    def _link_near_copies(self, parent: array, indexed: np.ndarray) -> None:
        """Link every pair of indexed sketches that share a band and are similar enough.

        Vectorised: per band, the sketches are sorted by the band's hash, and
        the candidate pairs are the sorted neighbours at offsets 1, 2, … that
        share it (groups larger than `MAX_BAND_GROUP` left out); the candidates
        are checked against `THRESHOLD` band by band, offset by offset and in
        blocks, so memory stays bounded, and the similar pairs are linked.
        """
        n = len(indexed)
        if n < 2:
            return
        blocks = self._band_columns(indexed)
        with mmap.mmap(self._store.sketches.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            values = np.frombuffer(mapped, dtype=_DTYPE).reshape(self._count, NUM_PERM)
            for band in range(LSH_BANDS):
                keys = self._band(band, blocks)
                order = np.argsort(keys, kind="stable")
                sorted_keys = keys[order]
                del keys
                starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
                sizes = np.diff(np.r_[starts, n])
                size_at = np.repeat(sizes, sizes)  # the size of each sorted position's group
                usable = (size_at >= 2) & (size_at <= MAX_BAND_GROUP)
                del size_at
                for offset in range(1, int(sizes[sizes <= MAX_BAND_GROUP].max(initial=1))):
                    same = usable[:-offset] & (sorted_keys[:-offset] == sorted_keys[offset:])
                    if not same.any():
                        break
                    self._link_similar(
                        parent, values, mapped, indexed[order[:-offset][same]], indexed[order[offset:][same]]
                    )
            del values

    def _link_similar(self, parent: array, values: np.ndarray, mapped, a: np.ndarray, b: np.ndarray) -> None:
        """Link the pairs (a[k], b[k]) of articles whose sketches are similar enough.

        A pair already in one cluster is not checked: linking it again would change nothing (a near copy
        shares about 21 of the 42 bands at a similarity of 0.8, and is read from the file once, not 21 times).
        """
        tree = np.frombuffer(parent, dtype=np.int64)  # a view: the links made below show in it
        for lo in range(0, len(a), _PAIRS):
            x, y = a[lo : lo + _PAIRS], b[lo : lo + _PAIRS]
            apart = _roots(tree, x) != _roots(tree, y)
            x, y = x[apart], y[apart]
            if not len(x):
                continue
            rows = np.unique(np.concatenate([x, y]))
            fd = self._store.sketches.fileno()  # read, not mapped: mapped pages stay resident, with their neighbours
            block = np.frombuffer(
                b"".join(os.pread(fd, _SKETCH_BYTES, r * _SKETCH_BYTES) for r in rows.tolist()), _DTYPE
            )
            block = block.reshape(len(rows), NUM_PERM)
            similar = (block[np.searchsorted(rows, x)] == block[np.searchsorted(rows, y)]).sum(
                axis=1
            ) >= THRESHOLD * NUM_PERM
            self._link(parent, x[similar].tolist(), y[similar].tolist())
        del tree

    def rows(self) -> list[dict]:
        """One row per article that has a copy, by cluster then article_id (`DUPLICATE_COLUMNS`)."""
        return list(self.iter_rows())

    def iter_rows(self) -> Iterator[dict]:
        """The rows of `rows()`, one at a time: what is held meanwhile is the copies' ids and a few numbers
        per copy, not their rows (half of a corpus can be copies of something)."""
        n = self._count
        if not n:
            return
        self._store.flush()
        parent = array("q")
        parent.frombytes(np.arange(n, dtype=np.int64).tobytes())
        self._link(parent, *(x.tolist() for x in self._groups(self._column("file"))))
        members, first = self._groups(self._column("text"))
        self._link(parent, members.tolist(), first.tolist())
        # the sketch of one article per distinct text is banded: the first article of each text that has words
        indexed = np.ones(n, dtype=bool)
        indexed[members] = False
        del members, first
        indexed &= self._column("words").astype(bool)
        self._link_near_copies(parent, np.flatnonzero(indexed))
        del indexed
        roots = np.frombuffer(parent, dtype=np.int64).copy()
        while True:  # every article's root, by halving all paths at once
            up = roots[roots]
            if np.array_equal(up, roots):
                break
            roots = up
        del parent
        copies = np.flatnonzero(np.bincount(roots, minlength=n)[roots] > 1)
        roots = roots[copies]
        ids = [self._strings_of(self._record(i))[0] for i in copies.tolist()]
        by_id = np.array(sorted(range(len(ids)), key=ids.__getitem__), dtype=np.int64)
        # clusters in the order of their first (smallest) ids, which differ: the order of their sorted id lists
        _, first_at, cluster = np.unique(roots[by_id], return_index=True, return_inverse=True)
        order = by_id[np.lexsort((np.arange(len(by_id)), first_at[cluster.reshape(-1)]))]
        del by_id, first_at, cluster
        number, root, first_id, first, first_record = 0, -1, "", -1, None
        for k in order.tolist():
            i, article_id = int(copies[k]), ids[k]
            record = self._record(i)
            if roots[k] != root:
                number, root, first_id, first, first_record = number + 1, roots[k], article_id, i, record
            if i == first:
                match, sim = FIRST, 1.0
            elif record["file"] == first_record["file"]:
                match, sim = SAME_BYTES, 1.0
            elif record["text"] == first_record["text"]:
                match, sim = SAME_TEXT, 1.0
            else:
                match, sim = NEAR_IDENTICAL, self._similarity(i, record, first, first_record)
            yield {
                "cluster_id": number,
                "article_id": article_id,
                "path": self._strings_of(record)[1],
                "match": match,
                "similarity": round(sim, 3),
                "first": first_id,
            }

    def _similarity(self, a: int, ra, b: int, rb) -> float:
        """Estimated similarity of two articles of different texts (0.0 if either has no words)."""
        if not ra["words"] or not rb["words"]:
            return 0.0
        return float(np.count_nonzero(self._sketch(a) == self._sketch(b))) / NUM_PERM
