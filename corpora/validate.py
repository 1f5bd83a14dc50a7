"""Check the claimdiff test corpus: every corpora/<set>/gold.jsonl line against its article files.

Usage (stdlib only):
    python corpora/validate.py            # prints "N pairs OK" or the problems (exit status 1)
    python corpora/validate.py --stats    # also prints the count tables used in corpora/README.md
    python corpora/validate.py --verbose  # also lists the boilerplate paragraphs skipped per file

Checks, per gold line (conventions of shared/datasets/articles_dev_README.md and shared/RELATIONS.md):
- JSON keys and types, unique pair ids;
- "file" exists (relative to corpora/), "article_id" is an article in it, outlet and title match the file;
- every sentence occurs in the file text after collapsing whitespace, and the sentences are exactly
  the article body in order: each body paragraph is the space-joined run of consecutive gold
  sentences; a .txt/.md paragraph that holds no gold sentence is boilerplate (allowed), an HTML <p>
  inside <article> (outside aside/figure/headings) or a JSON paragraph must be covered;
- every sentence ends in . ? ! (optionally followed by a closing quote) and shows no unexplained
  sentence boundary inside it; the title is not a sentence;
- link shapes 1:1, 1:2 (merge), 2:1 (split), indices in range; every change kind one of the 16;
  a / b exact substrings of the linked source / rewrite sentences ("" = absent, not both empty);
  verbatim = identical full sentences; a repeat link carries exactly one repeat kind, alter and
  contradict links carry none; relation = precedence of the kinds;
- every rewrite index in exactly one link or in "added"; every source index in >= 1 link or in
  "omitted", never both;
- the rewrite is published after the source.
"""
from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timezone
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
FAMILY = {
    **{k: "repeat" for k in ("verbatim", "near_verbatim", "paraphrase")},
    **{k: "alter" for k in ("hedge", "attribution", "detail_added", "detail_dropped", "quote", "strength",
                            "number_rounded")},
    **{k: "contradict" for k in ("negation", "number", "entity", "date", "antonym", "cause")},
}
KINDS = list(FAMILY)
RELATIONS = ("repeat", "alter", "contradict")
TOP_KEYS = {"id", "source", "rewrite", "links", "omitted", "added", "notes"}
SIDE_KEYS = {"outlet", "title", "sentences", "article_id", "file"}
LINK_KEYS = {"rewrite", "source", "relation", "changes"}
CHANGE_KEYS = {"kind", "a", "b"}
ABBREV = {"Dr.", "Sen.", "Gov.", "Rep.", "Mr.", "Mrs.", "Ms.", "St.", "Lt.", "Gen.", "Jr.", "Sr.", "No.", "vs.",
          "Inc.", "Co.", "Corp.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec."}
END_RE = re.compile(r"[.!?][\"'\u201d\u2019)]*$")
INNER_RE = re.compile(r"[.!?][\"\u201d\u2019]?\s+[\"\u201c(]?[A-Z0-9]")


_SHOWN: set = set()  # boilerplate paragraphs already listed by --verbose


def ws(s: str) -> str:
    return " ".join(s.split())


class Article:
    def __init__(self, aid, outlet, title, date, file, fmt, paragraphs, text):
        self.id, self.outlet, self.title, self.date = aid, outlet, title, date
        self.file, self.fmt, self.paragraphs, self.text = file, fmt, paragraphs, text


class _HTML(HTMLParser):
    SKIP = {"aside", "figure", "figcaption", "script", "style", "nav", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta, self.canonical, self.title = {}, None, ""
        self.in_title = False
        self.article_depth = 0
        self.skip_depth = 0
        self.p = None
        self.paragraphs = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta":
            key = a.get("property") or a.get("name")
            if key:
                self.meta[key] = a.get("content", "")
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        elif tag == "title":
            self.in_title = True
        elif tag == "article":
            self.article_depth += 1
        elif self.article_depth and tag in self.SKIP:
            self.skip_depth += 1
        elif tag == "p" and self.article_depth and not self.skip_depth:
            self.p = []

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        elif tag == "article":
            self.article_depth -= 1
        elif self.article_depth and tag in self.SKIP:
            self.skip_depth -= 1
        elif tag == "p" and self.p is not None:
            self.paragraphs.append("".join(self.p))
            self.p = None

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self.p is not None:
            self.p.append(data)


def _front_matter(text, path, problems):
    if not text.startswith("---\n"):
        problems.append(f"{path}: no front matter")
        return {}, text
    end = text.find("\n---\n", 4)
    if end < 0:
        problems.append(f"{path}: front matter not closed")
        return {}, text
    meta = {}
    for line in text[4:end].splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    return meta, text[end + 5:]


def load_articles(set_dir, set_name, problems):
    arts = {}

    def add(art):
        if art.id in arts:
            problems.append(f"{art.file}: duplicate article id {art.id!r}")
        arts[art.id] = art

    for fn in sorted(os.listdir(set_dir)):
        path = os.path.join(set_dir, fn)
        rel = f"{set_name}/{fn}"
        ext = fn.rsplit(".", 1)[-1]
        if fn == "gold.jsonl" or ext not in ("txt", "md", "html", "json", "jsonl"):
            continue
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        if ext in ("txt", "md"):
            meta, body = _front_matter(raw, rel, problems)
            for k in ("id", "outlet", "title", "date", "url"):
                if k not in meta:
                    problems.append(f"{rel}: front matter lacks {k!r}")
            paras = [p for p in re.split(r"\n\s*\n", body) if p.strip()]
            add(Article(meta.get("id"), meta.get("outlet"), meta.get("title"), meta.get("date"), rel, ext,
                        paras, body))
        elif ext == "html":
            h = _HTML()
            h.feed(raw)
            for k in ("og:site_name", "og:title", "article:published_time", "claimdiff:id"):
                if k not in h.meta:
                    problems.append(f"{rel}: no <meta> {k}")
            if not h.canonical:
                problems.append(f"{rel}: no canonical link")
            add(Article(h.meta.get("claimdiff:id"), h.meta.get("og:site_name"), h.meta.get("og:title"),
                        h.meta.get("article:published_time"), rel, ext, h.paragraphs, raw))
        else:
            lines = [raw] if ext == "json" else [ln for ln in raw.splitlines() if ln.strip()]
            for n, line in enumerate(lines, 1):
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    problems.append(f"{rel}:{n}: bad JSON: {exc}")
                    continue
                keys = {"id", "outlet", "url", "title", "published", "text"}
                if set(rec) != keys:
                    problems.append(f"{rel}:{n}: keys {sorted(rec)} != {sorted(keys)}")
                text = rec.get("text", "")
                add(Article(rec.get("id"), rec.get("outlet"), rec.get("title"), rec.get("published"), rel, ext,
                            [p for p in text.split("\n\n") if p.strip()], text))
    return arts


def parse_date(s):
    if not s:
        return None
    try:
        d = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None
    return d if d.tzinfo else d.replace(tzinfo=timezone.utc)


def check_sentences(tag, side, art, problems, verbose):
    sents = side["sentences"]
    for i, s in enumerate(sents):
        if not isinstance(s, str) or not s or s != s.strip():
            problems.append(f"{tag}: sentence {i} empty or padded")
            continue
        if not END_RE.search(s):
            problems.append(f"{tag}: sentence {i} does not end in . ? ! (+ quote): {s[-30:]!r}")
        for m in INNER_RE.finditer(s):
            tok = s[:m.start() + 1].split()[-1].lstrip("\"'\u201c(")
            if tok in ABBREV or re.fullmatch(r"(?:[A-Z]\.)+", tok):
                continue
            problems.append(f"{tag}: sentence {i} may hold a sentence boundary after {tok!r}")
        if ws(s) not in ws(art.text):
            problems.append(f"{tag}: sentence {i} not in {art.file} ({art.id}): {s[:60]!r}")
    if ws(side["title"]) in (ws(s) for s in sents if isinstance(s, str)):
        problems.append(f"{tag}: the title is listed as a sentence")
    # exact body coverage, paragraph by paragraph
    norm = [ws(s) for s in sents if isinstance(s, str)]
    k = 0
    for p in art.paragraphs:
        P = ws(p)
        m, joined, hit = k, "", None
        while m < len(norm) and len(joined) < len(P):
            joined = norm[m] if m == k else joined + " " + norm[m]
            m += 1
            if joined == P:
                hit = m
                break
        if hit is not None:
            k = hit
            continue
        if any(s and s in P for s in norm):
            problems.append(f"{tag}: paragraph of {art.file} not exactly a run of gold sentences "
                            f"(expected sentence {k} next): {P[:70]!r}")
        elif art.fmt in ("txt", "md"):
            if verbose and (art.id, P) not in _SHOWN:
                _SHOWN.add((art.id, P))
                print(f"  boilerplate {art.file} [{art.id}]: {P[:90]}")
        else:
            problems.append(f"{tag}: body paragraph of {art.file} missing from gold: {P[:70]!r}")
    if k != len(norm):
        problems.append(f"{tag}: gold sentences from {k} on not matched in order in {art.file}")


def check_pair(g, arts, problems, verbose):
    tag = g.get("id", "?")
    if set(g) != TOP_KEYS:
        problems.append(f"{tag}: keys {sorted(g)} != {sorted(TOP_KEYS)}")
        return
    for side_name in ("source", "rewrite"):
        side = g[side_name]
        if not isinstance(side, dict) or set(side) != SIDE_KEYS:
            problems.append(f"{tag}: {side_name} keys {sorted(side) if isinstance(side, dict) else side}")
            return
        if not isinstance(side["sentences"], list) or not side["sentences"]:
            problems.append(f"{tag}: {side_name} has no sentences")
            return
        path = os.path.join(ROOT, side["file"])
        if not os.path.isfile(path):
            problems.append(f"{tag}: {side_name} file {side['file']} does not exist")
            continue
        art = arts.get(side["article_id"])
        if art is None or art.file != side["file"]:
            problems.append(f"{tag}: {side_name} article {side['article_id']!r} not found in {side['file']}")
            continue
        if art.outlet != side["outlet"] or art.title != side["title"]:
            problems.append(f"{tag}: {side_name} outlet/title differ from {side['file']}: "
                            f"{art.outlet!r}/{art.title!r}")
        check_sentences(f"{tag} {side_name}", side, art, problems, verbose)
    src, rw = g["source"]["sentences"], g["rewrite"]["sentences"]
    sa, ra = arts.get(g["source"]["article_id"]), arts.get(g["rewrite"]["article_id"])
    if sa and ra:
        ds, dr = parse_date(sa.date), parse_date(ra.date)
        if ds is None or dr is None:
            problems.append(f"{tag}: unparsable date {sa.date!r} / {ra.date!r}")
        elif not dr > ds:
            problems.append(f"{tag}: rewrite date {ra.date} not after source date {sa.date}")
    if not isinstance(g["notes"], str) or not g["notes"].strip():
        problems.append(f"{tag}: empty notes")
    rw_seen, src_linked = Counter(), set()
    for li, link in enumerate(g["links"]):
        lt = f"{tag} link {li}"
        if not isinstance(link, dict) or set(link) != LINK_KEYS:
            problems.append(f"{lt}: keys {sorted(link) if isinstance(link, dict) else link}")
            continue
        r, s = link["rewrite"], link["source"]
        if not (isinstance(r, list) and isinstance(s, list)) or (len(r), len(s)) not in ((1, 1), (1, 2), (2, 1)):
            problems.append(f"{lt}: shape {r} : {s} is not 1:1, merge 1:2 or split 2:1")
            continue
        if not all(isinstance(i, int) and 0 <= i < len(rw) for i in r) or len(set(r)) != len(r):
            problems.append(f"{lt}: rewrite indices {r} out of range or repeated")
            continue
        if not all(isinstance(i, int) and 0 <= i < len(src) for i in s) or len(set(s)) != len(s):
            problems.append(f"{lt}: source indices {s} out of range or repeated")
            continue
        rw_seen.update(r)
        src_linked.update(s)
        if link["relation"] not in RELATIONS:
            problems.append(f"{lt}: relation {link['relation']!r}")
        changes = link["changes"]
        if not isinstance(changes, list) or not changes:
            problems.append(f"{lt}: no changes")
            continue
        kinds = []
        for ci, c in enumerate(changes):
            ct = f"{lt} change {ci}"
            if not isinstance(c, dict) or set(c) != CHANGE_KEYS:
                problems.append(f"{ct}: keys {sorted(c) if isinstance(c, dict) else c}")
                continue
            if c["kind"] not in FAMILY:
                problems.append(f"{ct}: unknown kind {c['kind']!r}")
                continue
            kinds.append(c["kind"])
            a, b = c["a"], c["b"]
            if not isinstance(a, str) or not isinstance(b, str):
                problems.append(f"{ct}: a/b not strings")
                continue
            if not a and not b:
                problems.append(f"{ct}: a and b both empty")
            if a and not any(a in src[i] for i in s):
                problems.append(f"{ct}: a not in linked source sentences: {a!r}")
            if b and not any(b in rw[i] for i in r):
                problems.append(f"{ct}: b not in linked rewrite sentences: {b!r}")
            if c["kind"] == "verbatim" and not (a == b and any(a == src[i] for i in s)
                                                and any(b == rw[i] for i in r)):
                problems.append(f"{ct}: verbatim a/b are not identical full sentences")
        fams = {FAMILY[k] for k in kinds}
        expect = "contradict" if "contradict" in fams else "alter" if "alter" in fams else "repeat"
        if kinds and link["relation"] != expect:
            problems.append(f"{lt}: relation {link['relation']} but kinds {kinds} imply {expect}")
        n_rep = sum(FAMILY[k] == "repeat" for k in kinds)
        if link["relation"] == "repeat" and (n_rep != 1 or len(changes) != 1):
            problems.append(f"{lt}: repeat link must carry exactly one of verbatim/near_verbatim/paraphrase")
        if link["relation"] != "repeat" and n_rep:
            problems.append(f"{lt}: {link['relation']} link lists a repeat kind")
    for name, lst, n in (("omitted", g["omitted"], len(src)), ("added", g["added"], len(rw))):
        if not isinstance(lst, list) or not all(isinstance(i, int) and 0 <= i < n for i in lst) \
                or len(set(lst)) != len(lst):
            problems.append(f"{tag}: {name} {lst} out of range or repeated")
    for j in range(len(rw)):
        n = rw_seen[j] + (j in g["added"])
        if n != 1:
            problems.append(f"{tag}: rewrite sentence {j} is in {n} links/added (must be exactly 1)")
    for i in range(len(src)):
        if (i in src_linked) == (i in g["omitted"]):
            problems.append(f"{tag}: source sentence {i} must be in >= 1 link or in omitted, not both/neither")


def stats(golds):
    rel, kind_n, kind_in, kind_links, shapes = Counter(), Counter(), defaultdict(Counter), Counter(), Counter()
    rows = []
    for set_name, g in golds:
        r = Counter(l["relation"] for l in g["links"])
        rel.update(r)
        for l in g["links"]:
            shapes[{(1, 1): "1:1", (1, 2): "merge", (2, 1): "split"}[(len(l["rewrite"]), len(l["source"]))]] += 1
            ks = [c["kind"] for c in l["changes"]]
            for k in ks:
                kind_n[k] += 1
                kind_in[k][l["relation"]] += 1
            for k in set(ks):
                kind_links[k] += 1
        rows.append((g["id"], g["source"]["file"], g["rewrite"]["file"], len(g["source"]["sentences"]),
                     len(g["rewrite"]["sentences"]), len(g["links"]), r["repeat"], r["alter"], r["contradict"],
                     len(g["omitted"]), len(g["added"])))
    out = []
    n_src = {}
    for set_name, g in golds:
        n_src[g["source"]["article_id"]] = len(g["source"]["sentences"])
    out.append(f"- sets: {len({s for s, _ in golds})}; article pairs: {len(golds)}")
    out.append(f"- source articles: {len(n_src)} ({sum(n_src.values())} sentences); rewrite sentences: "
               f"{sum(x[4] for x in rows)}")
    out.append(f"- links: {sum(shapes.values())} ({shapes['1:1']} one-to-one, {shapes['merge']} merges = 1 rewrite : "
               f"2 source, {shapes['split']} splits = 2 rewrite : 1 source)")
    out.append(f"- omitted source sentences: {sum(x[9] for x in rows)}; added rewrite sentences: "
               f"{sum(x[10] for x in rows)}")
    out.append("")
    out.append("| relation | links |\n|---|---|")
    for k in RELATIONS:
        out.append(f"| {k} | {rel[k]} |")
    out.append(f"| total | {sum(rel.values())} |")
    out.append("")
    out.append("| family | kind | changes | in repeat links | in alter links | in contradict links | links |")
    out.append("|---|---|---|---|---|---|---|")
    for k in KINDS:
        out.append(f"| {FAMILY[k]} | {k} | {kind_n[k]} | {kind_in[k]['repeat']} | {kind_in[k]['alter']} | "
                   f"{kind_in[k]['contradict']} | {kind_links[k]} |")
    out.append(f"| | total | {sum(kind_n.values())} | | | | |")
    out.append("")
    out.append("| id | source file | rewrite file | source sents | rewrite sents | links | repeat | alter | "
               "contradict | omitted | added |")
    out.append("|---|---|---|---|---|---|---|---|---|---|---|")
    for x in rows:
        out.append("| " + " | ".join(str(v) for v in x) + " |")
    return "\n".join(out)


def main(argv):
    verbose = "--verbose" in argv
    problems, golds, arts_all = [], [], {}
    sets = sorted(d for d in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, d, "gold.jsonl")))
    if not sets:
        print("no corpora/<set>/gold.jsonl found")
        return 1
    for set_name in sets:
        set_dir = os.path.join(ROOT, set_name)
        arts = load_articles(set_dir, set_name, problems)
        for aid in arts:
            if aid in arts_all:
                problems.append(f"article id {aid!r} used in two sets")
        arts_all.update(arts)
        with open(os.path.join(set_dir, "gold.jsonl"), encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    g = json.loads(line)
                except json.JSONDecodeError as exc:
                    problems.append(f"{set_name}/gold.jsonl:{n}: bad JSON: {exc}")
                    continue
                if not isinstance(g, dict):
                    problems.append(f"{set_name}/gold.jsonl:{n}: not an object")
                    continue
                golds.append((set_name, g))
                check_pair(g, arts, problems, verbose)
    ids = Counter(g.get("id") for _, g in golds)
    problems += [f"pair id {i!r} used {n} times" for i, n in ids.items() if n > 1]
    if "--stats" in argv and golds:
        print(stats(golds))
        print()
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print(f"{len(problems)} problems in {len(golds)} pairs")
        return 1
    print(f"{len(golds)} pairs OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
