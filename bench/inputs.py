"""The benchmark's inputs, made the same on every run: invitations-N.csv for N = 150, 10,000 and 1,000,000.

Each is an export in the current header era, owned by one person: the labelled notes of the tests (the blind
held-out set left out, so that no one reads it here) in turn, a fifth of them sent and the rest received, senders
and recipients from a fixed pool of invented names, one sender in five hundred sending the same note to many
(so the template census has work to do), dates spread over two years. The files are named by a digest of the notes
they are made of, so that outputs are compared only between runs on the same inputs; a file already there is kept.
Prints each size and its file, a line each.
"""
import csv
import glob
import hashlib
import os
import random
import sys

OWNER = "Robin Calloway"
SIZES = (150, 10_000, 100_000, 1_000_000)
BLIND = ("holdout-6.tsv",)
FIRST = ["Mara", "Henrik", "Aiko", "Tomás", "Leila", "Jonas", "Priya", "Chen", "Olga", "Kwame", "Sofia", "Ravi",
         "Ines", "Mateo", "Yuki", "Fatima", "Lars", "Ana", "Noah", "Zeynep"]
LAST = ["Okafor", "Solberg", "Tanaka", "Ruiz", "Haddad", "Berg", "Shah", "Wei", "Nowak", "Mensah", "Rossi",
        "Iyer", "Costa", "García", "Sato", "Khan", "Lund", "Silva", "Brooks", "Yilmaz"]


def notes(root):
    found = []
    for path in sorted(glob.glob(os.path.join(root, "src/test/resources/classify/*.tsv"))):
        if os.path.basename(path) in BLIND:
            continue
        for line in open(path, encoding="utf-8"):
            cols = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(cols) == 7 and cols[0] not in ("id", "verdict"):
                found.append(cols[6])
    return found


def slug(name):
    return name.lower().replace(" ", "-")


def write(path, size, pool):
    rng = random.Random(size)
    tmp = path + ".tmp"
    with open(tmp, "w", newline="", encoding="utf-8") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"])
        template_sender, template_note = None, None
        for i in range(size):
            other = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i % 9973}"
            if i % 500 == 0:
                template_sender, template_note = other, rng.choice(pool)
            if i % 500 < 5:
                other, note = template_sender, template_note
            else:
                note = pool[i % len(pool)]
            sent = i % 5 == 0 and i % 500 >= 5
            sender, recipient = (OWNER, other) if sent else (other, OWNER)
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            hour, minute = rng.randint(1, 12), rng.randint(0, 59)
            when = f"{month}/{day}/{rng.choice((25, 26))}, {hour}:{minute:02d} {rng.choice(('AM', 'PM'))}"
            w.writerow([sender, recipient, when, note, "OUTGOING" if sent else "INCOMING",
                        f"https://www.linkedin.com/in/{slug(sender)}", f"https://www.linkedin.com/in/{slug(recipient)}"])
    os.replace(tmp, path)


def main():
    folder = sys.argv[1]
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    pool = notes(root)
    digest = hashlib.sha256("\n".join(pool).encode("utf-8")).hexdigest()[:10]
    for size in SIZES:
        path = os.path.join(folder, f"invitations-{size}-{digest}.csv")
        if not os.path.exists(path):
            print(f"bench/inputs.py: writing {path}", file=sys.stderr)
            write(path, size, pool)
        print(size, path)


if __name__ == "__main__":
    main()
