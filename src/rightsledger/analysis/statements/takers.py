"""Who takes persons, by the words that name them: the one place of the words behind "taken by
the police or security forces, detained; by soldiers, fighters or gunmen, captured".

The rules that read the takers (English persons seized, ``seized_by_custodians``; Azerbaijani
persons taken away, ``figures.taken_away``, and those a witness says "they" took,
``figures.anaphora``; Russian persons taken where they were held, ``held_where_taken``) each
find the taker where their language names it; the words are here.
"""

from __future__ import annotations

# Who keep persons in custody. English by whole words ("the coast guard", "gendarmes") and
# pairs of words; Azerbaijani by stems, their staff included ("dəstənin əməkdaşları").
CUSTODIAN_WORDS = {
    "en": frozenset({"police", "policemen", "policeman", "coastguard", "gendarmes",
                     "gendarmerie", "gendarme"}),
}  # fmt: skip
CUSTODIAN_PAIRS = {
    "en": frozenset(
        {("coast", "guard"), ("coast", "guards"), ("border", "guards"), ("border", "guard"),
         ("security", "forces"), ("security", "services"), ("security", "service"),
         ("law", "enforcement")}
    ),
}  # fmt: skip
CUSTODIAN_STEMS = {
    "az": ("polis", "milis", "jandarm", "təhlükəsizlik", "hüquq-mühafizə", "əməkdaş"),
    "ru": ("полиц", "полицейск", "милиц", "омон", "росгвард"),
}
# Who take captives, by stem: soldiers, servicemen, fighters, armed men.
ARMED_STEMS = {
    "ru": ("военнослужащ", "военн", "солдат", "боевик", "вооруженн", "ополченц", "бойц"),
    "az": ("silahlı", "yaraqlı", "əsgər", "hərbçi", "döyüşçü"),
}
