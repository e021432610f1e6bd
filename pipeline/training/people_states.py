"""Learn which state a person speaks for from labelled events: `models/events/people_states.tsv`.

Every person side of the news set's **dev** split gold (`seeds/gold/news/<folder>/*.json`, split.tsv; the
held-out split is never read) whose affiliation is a state gives one vote (name_key of the person's normal, ISO
alpha-3 of the state); a person's state is the one most votes give. The events stage gives it to a person side
the article names without any state (`pipeline/event/merge.py` `_states_of_known_people`): "Қасым-Жомарт
Тоқаев" with no title is Kazakhstan's, as the annotators read him. A person the gold gives a leader's title
(greetings.tsv `leader`: a president, a prime minister, …) is marked a leader: only a leader holds a state's
leader title the article writes without a name (`pipeline/event/arguments.py` `_leader`). The first word the gold
writes of a name of several words is its given name (`given`): a word alone that is no given name is a surname,
which may name the person ("Лавров прибыл в Астану": `pipeline/event/knowledge.py` `_known_person`).

    python -m pipeline.training.people_states [--out models/events/people_states.tsv]
"""
from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from ..actors import name_key
from ..countries import country_code
from ..evaluation.news import GOLD_DIR, read_split
from ..event.knowledge import knowledge
from ..paths import MODELS_DIR

OUT = MODELS_DIR / "events" / "people_states.tsv"
HEADER = ("# Which state a person speaks for, learned by `python -m pipeline.training.people_states` from the person\n"
          "# sides of the news set's dev split gold (never the held-out split): `key` is pipeline.actors.name_key of\n"
          "# the person's name (one key for Russian and Kazakh spellings and word orders), `iso3` the state most of\n"
          "# the gold's affiliations give, `votes` how many sides said so, `leader` whether the gold gives them a\n"
          "# leader's title (greetings.tsv), `given` the name_key of the first word the gold writes of a name of\n"
          "# several words, the given name (the other words may name the person alone). Read by\n"
          "# pipeline/event/knowledge.py.\n")


def learn(gold_dir: Path = GOLD_DIR) -> tuple[dict[str, Counter], set[str], dict[str, str]]:
    """({name_key: Counter of ISO3}, the name_keys of leaders, {name_key: name_key of the given name, the first
    word written, of a name of several words}) over the person sides of the dev split's gold events."""
    split = read_split(gold_dir / "split.tsv")
    votes: dict[str, Counter] = defaultdict(Counter)
    leaders: set[str] = set()
    given: dict[str, str] = {}
    for path in sorted(gold_dir.glob("*/*.json")):
        if split.get(f"{path.parent.name}/{path.stem}.txt") != "dev":
            continue
        known = knowledge(path.parent.name.split("-")[0])
        for event in json.loads(path.read_text(encoding="utf-8"))["events"]:
            for side in event["participants"]:
                code = country_code(side.get("affiliation")) if side["kind"] == "person" else None
                if code:
                    votes[name_key(side["normal"])][code] += 1
                    first, *rest = side["normal"].split()
                    if rest:
                        given.setdefault(name_key(side["normal"]), name_key(first))
                    role = side.get("role")
                    if role and known.leads(role["text"] if isinstance(role, dict) else role):
                        leaders.add(name_key(side["normal"]))
    return votes, leaders, given


def write(learned: tuple[dict[str, Counter], set[str], dict[str, str]], out: Path = OUT) -> int:
    """Write the table (one row per person, sorted by key); the number of rows."""
    votes, leaders, given = learned
    rows = sorted((key, *counter.most_common(1)[0]) for key, counter in votes.items())
    out.write_text(HEADER + "key\tiso3\tvotes\tleader\tgiven\n"
                   + "".join(f"{k}\t{c}\t{n}\t{'yes' if k in leaders else 'no'}\t{given.get(k, '')}\n"
                             for k, c, n in rows),
                   encoding="utf-8")
    return len(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    print(f"{write(learn(), args.out)} people → {args.out}")


if __name__ == "__main__":
    main()
