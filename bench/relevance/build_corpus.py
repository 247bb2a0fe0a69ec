#!/usr/bin/python3
"""Builds a plain-text training corpus for word vectors from documentation that Debian packages ship.

One paragraph a line, lower case, words of letters, digits and inner apostrophes. Sources (Debian packages):
python3.11-doc, debian-reference-en, debian-handbook, debian-faq, sqlite3-doc (HTML); dict-gcide, dict-foldoc,
dict-jargon (dictd); wordnet-base (lemmas with their glosses); the installed man pages. Writes CORPUS and
CORPUS.counts (word, count, most frequent first, words seen at least five times).
"""
import glob, gzip, os, re, sys
from collections import Counter
from html.parser import HTMLParser

HTML_ROOTS = ["/usr/share/doc/python3.11/html", "/usr/share/debian-reference", "/usr/share/doc/debian-handbook/html/en-US",
              "/usr/share/doc/debian", "/usr/share/doc/sqlite3"]
BLOCKS = {"p", "div", "li", "dt", "dd", "h1", "h2", "h3", "h4", "pre", "tr", "br", "td", "th"}


class Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style")
        if tag in BLOCKS:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def normalise(text):
    text = re.sub(r"[^a-z0-9'\n]+", " ", text.lower())
    return re.sub(r"(?<![a-z])'|'(?![a-z])", " ", text)


def main():
    path = sys.argv[1]
    counts = Counter()
    with open(path, "w") as out:
        def emit(text):
            for para in normalise(text).split("\n"):
                words = para.split()
                if len(words) >= 4:
                    out.write(" ".join(words) + "\n")
                    counts.update(words)

        for root in HTML_ROOTS:
            for folder, _, files in os.walk(root):
                for name in files:
                    if name.endswith((".html", ".htm")):
                        parser = Text()
                        parser.feed(open(os.path.join(folder, name), encoding="utf-8", errors="replace").read())
                        emit("".join(parser.out))
        for dictionary in glob.glob("/usr/share/dictd/*.dict.dz"):
            emit(gzip.open(dictionary).read().decode("utf-8", "replace"))
        for data in glob.glob("/usr/share/wordnet/data.*"):
            for line in open(data, encoding="latin-1"):
                if line.startswith("  ") or "|" not in line:
                    continue
                fields = line.split("|")[0].split()
                lemmas = [fields[4 + 2 * i].replace("_", " ") for i in range(int(fields[3], 16))]
                emit(" ".join(lemmas) + " " + line.split("|", 1)[1])
        for page in glob.glob("/usr/share/man/man[1-8]/*.gz"):
            try:
                text = gzip.open(page).read().decode("utf-8", "replace")
            except OSError:
                continue
            text = re.sub(r"(?m)^\.\S*", " ", text)
            emit(re.sub(r"\\f[BIRP]|\\\(..|\\[-e&|^]", " ", text))
    with open(path + ".counts", "w") as f:
        for word, n in counts.most_common():
            if n >= 5:
                f.write(f"{word}\t{n}\n")
    print(f"{sum(counts.values())} words", file=sys.stderr)


if __name__ == "__main__":
    main()
