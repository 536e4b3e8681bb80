"""python -m listgen5.selfcheck [records] [seed]  -- generate and print counts."""

import sys
import time

import pandas as pd

from . import generate, COLUMNS


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    records = int(argv[0]) if argv else 100_000
    seed = int(argv[1]) if len(argv) > 1 else 1
    t0 = time.time()
    d = generate(records=records, seed=seed)
    dt = time.time() - t0
    rec = d.records
    # ---- consistency checks
    assert len(rec) == records, len(rec)
    assert list(rec.columns) == COLUMNS
    assert rec["record_key"].is_unique
    assert all(rec[c].map(type).eq(str).all() for c in rec.columns)
    assert (d.truth.index == rec["record_key"].values).all()
    assert (d.abbreviated.index == rec["record_key"].values).all()
    assert set(d.truth.values) == set(d.population["person_id"])
    assert set(d.conventions.values()) <= {
        "az_latin",
        "ru_cyrillic",
        "en_from_ru",
        "en_from_az",
        "hy_armenian",
    }
    named = (rec["full_name"] != "") | (rec["surname"] != "") | (rec["given_name"] != "")
    assert named.all()

    print("records            %d  (seed %d, generated in %.1f s)" % (len(rec), seed, dt))
    print("persons            %d" % len(d.population))
    print("households         %d" % d.population["household"].nunique())
    print("lists              %d" % len(d.conventions))
    print()
    print("records per list:")
    vc = rec["source"].value_counts()
    for k, conv in d.conventions.items():
        print("  %-22s %-12s %7d" % (k, conv, vc.get(k, 0)))
    print()
    print("records per convention:")
    cv = rec["source"].map(d.conventions).value_counts()
    for conv, n in cv.items():
        print("  %-12s %7d" % (conv, n))
    print()
    print("share abbreviated (given name as initial)  %.4f" % d.abbreviated.mean())
    t = pd.DataFrame({"pid": d.truth.values, "src": rec["source"].values})
    per = t.drop_duplicates().groupby("pid").size()
    print("persons per number of lists:")
    for k, n in per.value_counts().sort_index().items():
        print("  %d list(s): %7d" % (k, n))
    print("within-list duplicate records  %d" % (len(t) - len(t.drop_duplicates())))
    hh = d.population.groupby("household").size()
    print("households with >= 2 listed persons  %d" % (hh >= 2).sum())
    sib = d.population.groupby("father_id").size()
    print("father_id groups with >= 2 listed children  %d" % (sib >= 2).sum())
    det = d.details
    ns = det.groupby(["origin", "surname", "given"]).size()
    print(
        "namesake groups (same village, surname, given name) with >= 2 persons  %d (%d persons)"
        % ((ns >= 2).sum(), ns[ns >= 2].sum())
    )
    ns2 = det.groupby(["origin", "surname", "given", "father_given"]).size()
    print("  of which also same patronymic  %d" % (ns2 >= 2).sum())
    print(
        "persons by side  " + ", ".join("%s %d" % kv for kv in det["side"].value_counts().items())
    )
    print("persons with more than one status  %d" % det["statuses"].str.contains(">").sum())
    print(
        "records with full_name  %d,  with split name fields  %d"
        % ((rec["full_name"] != "").sum(), (rec["full_name"] == "").sum())
    )
    print(
        "records with birth_date %d, birth_year %d, age %d"
        % (
            (rec["birth_date"] != "").sum(),
            (rec["birth_year"] != "").sum(),
            (rec["age"] != "").sum(),
        )
    )
    print("records with family_id  %d" % (rec["family_id"] != "").sum())
    print("distinct status words   %d" % rec["status"].nunique())
    if "--rows" in argv or len(argv) == 0:
        print()
        print("sample rows:")
        with pd.option_context(
            "display.width", 250, "display.max_columns", 20, "display.max_colwidth", 40
        ):
            print(rec.groupby("source").head(2).drop(columns=["record_key"]).to_string(index=False))


if __name__ == "__main__":
    main()
