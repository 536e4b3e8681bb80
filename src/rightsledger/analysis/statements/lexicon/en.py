"""English: what statements count and the words around their figures. The acts are in
``en_acts``, the words that reject, doubt or replace a figure in ``en_denials``."""

from __future__ import annotations

from rightsledger.analysis.statements.lexicon import (
    BODY,
    FAMILY,
    GRAVE,
    PERSON,
    SITE,
    UNIT,
    Lexicon,
    partitives,
)
from rightsledger.analysis.statements.lexicon import (
    each as _each,
)
from rightsledger.analysis.statements.lexicon.en_acts import TRIGGERS
from rightsledger.analysis.statements.lexicon.en_denials import DENIALS


def _split(text: str) -> list[str]:
    return text.split()


NOUNS = {
    **_each(
        "people persons person individuals civilians civilian residents inhabitants "
        "villagers citizens nationals compatriots others victims souls human_beings "
        "men_and_women peaceful_residents locals passengers passenger travellers travelers "
        "pilgrims worshippers tenants occupants householders townspeople townsfolk "
        "bystanders onlookers "
        # A hospital's patients ("two patients died in intensive care") are persons counted.
        "patients patient "
        # Who took the hostages are persons, not hostages: "police detained 7 hostage-takers".
        "hostage-takers hostage-taker hostage_takers hostage_taker",
        PERSON,
    ),
    **_each("women woman females female adult_females adult_women", "subgroup:women"),
    **_each("men man males male adult_males adult_men young_men young_man", "subgroup:men"),
    **_each(
        "children child minors infants babies kids teenagers boys_and_girls juveniles juvenile "
        "adolescents subadults subadult sub_-_adults sub_-_adult "
        # One child named in a list ("two women, a man and an infant died").
        "infant baby teenager adolescent "
        # Boys or girls said to be in their teens are minors, as teenagers are.
        "teenage_boys teenage_girls teenage_boy teenage_girl adolescent_boys adolescent_girls",
        "subgroup:children",
    ),
    **_each(
        "elderly elderly_people elderly_persons old_people older_people older_persons elders "
        "aged_people pensioners senior_citizens old_men_and_women old_men old_women elderly_men "
        "elderly_women older_men older_women",
        "subgroup:elderly",
    ),
    **_each("girls girl", "label:girls"),
    **_each("boys boy", "label:boys"),
    # Those who take pictures for the press are of the press: "two press photographers were
    # held", "three cameramen were hurt" (plurals only: "one of them a cameraman" describes a
    # journalist counted already and counts no one).
    **_each(
        "journalists journalist reporters media_workers press_photographers photojournalists "
        "cameramen",
        "label:journalists",
    ),
    # Those who took part in a protest, by the word the text uses: "40 protesters were
    # injured", "treated 15 demonstrators".
    **_each("protesters protester protestors protestor", "label:protesters"),
    **_each("demonstrators demonstrator", "label:demonstrators"),
    # Citizens of another state: a free label ("11 foreign nationals", "two foreigners").
    **_each(
        "foreign_nationals foreign_national foreign_citizens foreign_citizen foreigners foreigner",
        "label:foreign nationals",
    ),
    **_each(
        "medical_workers health_workers healthcare_workers doctors nurses medics paramedics "
        "medical_worker health_worker doctor nurse medic paramedic",
        "label:medical workers",
    ),
    **_each(
        "persons_with_disabilities people_with_disabilities disabled_people disabled_persons",
        "label:persons with disabilities",
    ),
    **_each("pregnant_women pregnant_woman", "label:pregnant women"),
    **_each(
        "servicemen soldiers troops military_personnel service_members combatants "
        "serviceman soldier service_member "
        # Members of a named armed force: "25 members of the National Guard".
        "members_of_the_national_guard members_of_the_armed_forces members_of_the_army "
        "member_of_the_national_guard member_of_the_armed_forces member_of_the_army "
        "guardsmen national_guardsmen "
        # Soldiers named as a country names its war dead: "the bodies of 45 fallen defenders".
        "fallen_defenders fallen_defender",
        "label:servicemen",
    ),
    **_each("police_officers policemen police_officer policeman", "label:police officers"),
    # Occupations statements name as the victims' group: a free label, as journalists are.
    **_each("miners miner", "label:miners"),
    **_each("border_guards border_guard", "label:border guards"),
    # Those who fight for an armed group: "killed around 70 rebel fighters".
    **_each("fighters", "label:fighters"),
    **_each("teachers teacher", "label:teachers"),
    # (plurals only, as "students": "a lawyer who has represented …" is one, no group)
    **_each("lawyers defence_lawyers defense_lawyers attorneys", "label:lawyers"),
    # Ministers of any faith: a free label, whatever their church calls them.
    **_each(
        # (plurals only, as "students": "a priest" among others is one of them, no group)
        "clergy clergymen priests deacons imams rabbis monks nuns",
        "label:clergy",
    ),
    # Those who clear mines and those who crew a ship or aircraft: free labels.
    **_each("deminers deminer mine_clearers mine_clearer", "label:deminers"),
    **_each("crew_members crew_member crewmen crewman crew", "label:crew members"),
    # Student leaders and activists are students all the same: "two student leaders".
    **_each("students student_leaders student_activists university_students", "label:students"),
    # Those who watch an election or a trial for a mission: a free label.
    **_each("observers observer election_observers election_observer", "label:observers"),
    # Pupils of a school are children, whatever the school calls them.
    **_each("schoolchildren pupils pupil schoolchild schoolgirls schoolboys", "subgroup:children"),
    **_each("aid_workers humanitarian_workers aid_worker humanitarian_worker", "label:aid workers"),
    **_each("volunteers volunteer", "label:volunteers"),
    # Troops of a peace mission are counted apart from the parties' soldiers: a free label.
    **_each("peacekeepers peacekeeper un_peacekeepers blue_helmets", "label:peacekeepers"),
    **_each("fishermen fisherman fishers", "label:fishermen"),
    # Workers on strike: a free label, as fishermen are (the plural only, as "students").
    **_each("strikers", "label:strikers"),
    **_each(
        "drivers driver truck_drivers truck_driver lorry_drivers bus_drivers bus_driver "
        "ambulance_drivers ambulance_driver",
        "label:drivers",
    ),
    **_each(
        "human_rights_defenders human_rights_defender rights_defenders rights_defender "
        "human_rights_activists human_rights_activist",
        "label:human rights defenders",
    ),
    **_each(
        "prison_staff prison_guards prison_guard prison_officers prison_officer",
        "label:prison staff",
    ),
    # The members of a family are persons, counted one by one, not families: "four family
    # members were killed", "eleven members of one family".
    **_each(
        "family_members family_member members_of_one_family members_of_the_same_family "
        "members_of_a_family members_of_the_family members_of_his_family "
        "members_of_her_family members_of_their_family",
        PERSON,
    ),
    **_each("families family households household", FAMILY),
    **_each(
        "homes home houses house dwellings dwelling residential_buildings apartments "
        "private_houses residential_houses",
        "property:homes",
    ),
    **_each("schools school school_buildings", "property:schools"),
    # Schools, kindergartens and colleges counted together: the text's own broader kind.
    **_each(
        "educational_institutions educational_institution educational_facilities "
        "educational_facility education_facilities education_facility",
        "property:educational institutions",
    ),
    **_each("kindergartens kindergarten", "property:kindergartens"),
    # A block of flats is counted apart from the houses in it ("apartments" are homes).
    **_each(
        "apartment_buildings apartment_building apartment_blocks apartment_block "
        "blocks_of_flats block_of_flats multi-storey_buildings",
        "property:apartment buildings",
    ),
    # Tents and cabins of a camp are shelters, not homes: "destroyed 40 tents"; so are the
    # shelters themselves ("set fire to 18 shelters").
    **_each("tents tent shelters", "property:shelters"),
    # What imagery counts: built structures of any use ("418 of the 1,050 structures").
    **_each("structures structure", "property:structures"),
    **_each("hospitals hospital", "property:hospitals"),
    # A health facility may be a hospital or a first-aid post: the broader kind, kept as named.
    # A clinic or polyclinic treats outpatients: a health facility, not a hospital.
    **_each(
        "clinics clinic polyclinics polyclinic outpatient_clinics outpatient_clinic "
        "medical_facilities health_facilities medical_facility health_facility "
        "healthcare_facilities healthcare_facility health_posts health_post health_centres "
        "health_centre health_centers health_center first-aid_posts first-aid_post",
        "property:health facilities",
    ),
    **_each(
        "mosques mosque churches church temples temple synagogues synagogue places_of_worship "
        "place_of_worship religious_sites chapels chapel cathedrals cathedral monasteries "
        "monastery prayer_houses prayer_house",
        "property:places of worship",
    ),
    **_each(
        "monuments monument museums museum cultural_sites historical_monuments libraries library "
        "theatres theatre",
        "property:cultural sites",
    ),
    **_each("buildings building", "property:buildings"),
    **_each("bridges bridge", "property:bridges"),
    **_each("market_stalls market_stall stalls stall kiosks kiosk", "property:market stalls"),
    **_each("villages village settlements settlement", "property:settlements"),
    **_each(
        "mass_graves mass_grave graves grave burial_sites burial_site mass_burial_sites burial_places "
        # "worked at four grave sites": a grave's site is the grave, not a place of finding.
        "grave_sites grave_site mass_grave_sites mass_grave_site gravesites gravesite burial_place "
        # A forensic report's words for a grave it excavates: "two burial pits were identified".
        "burial_pits burial_pit burial_trenches burial_trench "
        # A forensic team's terms for a grave it has still to open or one no sign marks: "five
        # suspected mass graves", "two unmarked graves" (the words in -ed are no verbs here,
        # as they are in "three of them were suspected of desertion").
        "suspected_mass_graves suspected_mass_grave suspected_graves suspected_grave "
        "suspected_mass_grave_sites suspected_mass_grave_site suspected_grave_sites "
        "suspected_grave_site suspected_burial_sites suspected_burial_site "
        "unmarked_mass_graves unmarked_mass_grave unmarked_graves unmarked_grave",
        GRAVE,
    ),
    # Bones found are remains found: "the bones of seven people were found in the well".
    # A forensic count of remains by the set: "118 sets of remains recovered".
    **_each(
        "bodies body remains corpses corpse bodies_of_the_dead bones skeletons sets_of_remains "
        "set_of_remains sets_of_human_remains sets_of_skeletal_remains "
        # … and the remains no one has yet put a name to: "420 sets of unidentified remains".
        "sets_of_unidentified_remains set_of_unidentified_remains unidentified_remains "
        "sets_of_unclaimed_remains unclaimed_remains",
        BODY,
    ),
    # Sites found where the dead lie are burial sites (``sites_of_the_dead``).
    **_each("sites site locations location", SITE),
    **_each(
        "hostages hostage captives captive prisoners_of_war prisoner_of_war pows abductees "
        "abductee",
        "implied:captured",
    ),
    **_each(
        "detainees detainee prisoners prisoner inmates inmate convicts convict", "implied:detained"
    ),
    **_each(
        "refugees refugee idps internally_displaced_persons displaced_persons displaced_people "
        "evacuees evacuee deportees deportee",
        "implied:displaced",
    ),
    **_each("dead deaths fatalities", "implied:killed"),
    **_each("wounded", "implied:injured"),
    **_each("missing_persons", "implied:missing"),
    **_each(
        "hour hours day days week weeks month months year years minute minutes decade "
        # Parts of a day: "abducted one night", "held for three nights".
        "night nights morning mornings evening evenings afternoon afternoons "
        "decades century centuries km kilometres kilometers kilometre kilometer metres "
        # Seasons are spans of time too: "over two winters".
        "winter winters summer summers autumn autumns spring springs "
        "meters miles % percent per_cent hectares tonnes tons dollars euros manat rubles "
        # Money in other currencies: "awards totalling 1,935,000 crowns".
        "pounds crowns kronor kroner lira liras francs hryvnias lari dinars pesos rupees "
        "shillings yen yuan manats roubles drams "
        "times o'clock am pm "
        # Papers are counted, not persons: "3,475 files remain open".
        "files dossiers documents complaints applications petitions letters appeals requests "
        # … and so are the calls and messages a hotline takes: "received 1,530 calls".
        "calls messages emails "
        # Reports received are counted, each of any number of persons: "14 reports of deaths".
        "reports "
        # Charges of an indictment or a verdict: "convicted on 4 counts of murder".
        "counts charges "
        "photographs photos "
        # What monitors did is counted too, not persons: "43 field visits", "87 interviews".
        "visits visit interviews interview trips missions "
        # Estimates and versions of a toll are counted, not persons: "the two estimates
        # of the dead differ".
        "estimates versions accounts tallies "
        # Samples are taken from persons, not persons: "310 DNA reference samples".
        "samples sample "
        "year-old years-old hour-long day-long rounds shells rockets "
        "tanks "
        # A hospital's beds are what it has room for, not patients: "12 beds in intensive care".
        "beds bed "
        # Weapons and vehicles are things: "two missiles struck", "three cars were burned".
        "missiles missile bombs bomb drones drone grenades grenade mines vehicles vehicle "
        "cars car buses bus trucks truck lorries lorry ambulances ambulance helicopters "
        "helicopter aircraft planes plane jets jet boats boat ships ship "
        # Animals are not the persons statements count: "the raid killed 300 sheep".
        "sheep cattle cows cow goats horses livestock animals pigs chickens dogs",
        UNIT,
    ),
}

# Not "many", "numerous": they say there were more than a few, and no order of magnitude
# ("many were injured" is no count; "many hundreds" is).
VAGUE = _each(
    "dozens scores hundreds thousands tens_of_thousands hundreds_of_thousands several "
    "several_dozen several_hundred several_thousand a_number_of a_few a_handful a_handful_of "
    "countless dozens_of hundreds_of thousands_of scores_of several_of a_large_number_of large_numbers_of "
    "many_hundreds a_few_dozen a_few_hundred a_few_thousand few_dozen many_dozens "
    # "tens of people": as «десятки», said so in texts turned from Russian.
    "many_thousands tens_of",
    "vague",
)

ZERO = _each("no_one no-one nobody none not_a_single no not_one", "zero")

QUALIFIERS_BEFORE = {
    **_each(
        "at_least no_fewer_than no_less_than not_less_than not_fewer_than a_minimum_of "
        "exceeded exceeds surpassed topped passed passes crossed "
        "more_than over in_excess_of upwards_of above at_minimum well_over",
        "at_least",
    ),
    **_each(
        "at_most up_to no_more_than not_more_than fewer_than less_than a_maximum_of "
        "as_many_as under as_high_as "
        # What a toll may reach bounds it from above, as «может достигать» does.
        "may_reach might_reach could_reach may_have_reached might_have_reached "
        "could_have_reached",
        "at_most",
    ),
    **_each(
        "about around approximately roughly some an_estimated estimated nearly almost "
        "close_to circa approx approx_. ~ some_estimated roughly_estimated just_over just_under "
        "an_approximate closer_to nearer_to perhaps maybe",
        "about",
    ),
}
QUALIFIERS_AFTER = {
    **_each("or_more and_more or_over plus +", "at_least"),
    **_each("or_fewer or_less", "at_most"),
    **_each("or_so", "about"),
    # An estimate said in a parenthesis after the number: "1 275 400 (estimate)".
    **_each("(_estimate_) (_estimated_) (_est_._) (_est_) (_approx_._) (_approximate_)", "about"),
}

# The remains found, named as the whole: "Of the remains recovered, 15 were identified",
# "Nine of the exhumed bodies were those of women".
_REMAINS_AS_THE_WHOLE = (
    "of_the_bodies of_the_remains of_the_bodies_recovered of_the_remains_recovered "
    "of_the_bodies_found of_the_remains_found of_the_bodies_exhumed of_the_remains_exhumed "
    "of_the_recovered_bodies of_the_recovered_remains of_the_exhumed_bodies "
    "of_the_exhumed_remains "
    # … or by the participle alone: "8 of the recovered were children".
    "of_the_recovered of_the_exhumed of_those_recovered of_those_exhumed"
)
NEST_BEFORE = _each(
    "including included include includes among_them among_whom of_whom of_them of_which "
    "in_particular "
    # The whole's own noun taken up by "those": "134 bodies, including those of 19 women",
    # "the remains of 40 people, among them those of six children".
    "including_those_of among_them_those_of "
    # The abbreviation, in notes and posts: "9 wounded, incl. 4 children".
    "incl_. incl "
    "of_these of_those out_of_these out_of_those out_of_them "
    "among_those among_the_adults among_adults among_the_victims among_the_dead among_the_killed among_the_wounded "
    "among_the_injured among_the_hostages among_the_captives among_the_missing "
    "among_the_victims_were among_these namely among_those_killed among_those_injured "
    "among_those_wounded among_those_detained among_those_released among_the_released "
    # Those held, whoever holds them, of a whole held before: "Among those held at the camp …".
    "among_those_held among_those_still_held "
    # Those still sought, of the persons reported missing: "Among those still sought are 63
    # children".
    "among_those_still_sought among_those_still_being_sought among_those_sought "
    "among_those_still_searched_for among_those_still_being_searched_for "
    "among_the_detained among_the_abducted among_those_abducted among_the_displaced "
    "of_those_killed of_the_dead of_the_killed of_those_injured of_those_wounded "
    "of_the_wounded of_those_detained of_those_abducted of_the_hostages of_those_released "
    # The persons counted, named again: "Of those persons, 611 have been located alive".
    "of_those_persons of_these_persons of_those_people of_these_people of_those_individuals "
    "of_these_individuals among_those_persons among_these_people among_those_people "
    # The remains found, named as the whole.
    + _REMAINS_AS_THE_WHOLE,
    "nest",
)
NEST_AFTER = _each(
    "of_them of_whom of_which among_them of_these of_those of_the_victims among_the_victims of_us "
    # Those still in the state a figure counted: "two journalists among those still held";
    # the remains found, after the part: "Nine of the exhumed bodies were those of women".
    "among_those_still "
    # Those an exchange returned, named by it: "22 of the returned are in serious condition"
    # (the verb of coming back is no partitive of its own: ``figures.binder``).
    "of_the_returned of_those_returned " + _REMAINS_AS_THE_WHOLE,
    "nest",
)
# "Eight of the dead were children", "two of the detainees", "Among those abducted were …".
# Irregular participles of a fate too: "Nine of the beaten suffered fractures".
_PARTICIPLE = r"(?:ed|dead|missing|wounded|beaten|hurt)$"
NEST_AFTER |= partitives(("of the", "of those", "among the", "among those"), TRIGGERS, NOUNS,
                         _PARTICIPLE)  # fmt: skip
NEST_BEFORE |= partitives(("among the", "among those", "of the", "of those"), TRIGGERS, NOUNS,
                          _PARTICIPLE)  # fmt: skip
# The whole named by its count as a source vouches for it: "22 of the verified deaths were
# children", "Among the confirmed dead were …". The word says how the count is known, not
# who is in it, so the marker is of the same whole as "of the deaths".
_VOUCHED = ("verified", "confirmed", "recorded", "documented", "registered", "reported")
_VOUCHED_PREFIXES = tuple(f"{p} {v}" for p in ("of the", "among the") for v in _VOUCHED)
NEST_AFTER |= partitives(_VOUCHED_PREFIXES, TRIGGERS, NOUNS, _PARTICIPLE)
NEST_BEFORE |= partitives(_VOUCHED_PREFIXES, TRIGGERS, NOUNS, _PARTICIPLE)

REFERENCES = _each(
    "article articles art arts paragraph paragraphs para paras page pages p pp "
    "section sections chapter chapters resolution resolutions no number item items protocol annex § "
    # Acts of a government are numbered as resolutions are: "held under Decree 19/2024".
    "decree decrees ordinance ordinances "
    "volume vol block cell room ward route precinct unit brigade battalion regiment "
    # A point on a road is numbered by its distance: "hit at kilometre 12 on the coast road".
    "kilometre kilometer km milepost "
    # Teams are numbered as units are: "a deminer of Team 7".
    "team squad platoon "
    # A telephone line is named by the number it is dialled on: "call the police line 102",
    # "the hotline 1545" (a line alone may count persons: "on the front line 12 were killed").
    "hotline hotlines helpline helplines police_line emergency_line phone_line telephone_line "
    "information_line "
    # A person named by a number in a record or a trial: "Prisoner 14 died in custody",
    # "Witness 23 said …" (the plurals count: "witnesses 12").
    "prisoner detainee witness victim inmate hostage "
    # The plurals, as "Articles 7 and 9" are written: "pensioners from blocks 2 and 9". A
    # plural before a number names numbered things ("tenants of houses 3 and 5"); the
    # singulars of these stay counts' neighbours ("in the house 5 children were found").
    "blocks cells rooms wards routes precincts teams houses buildings flats apartments "
    "barracks camps sectors floors "
    "regulation regulations rule "
    # The counts of an indictment: "acquits the accused on Count 4" (not "counts 27 victims").
    "on_count on_counts under_count under_counts of_count in_count in_counts to_count to_counts",
    "reference",
)
AGES = _each("aged age under over above below older_than younger_than", "age")

GAP_WORDS = frozenset(
    _split(
        "were was are is be been being have has had remain remains remained reportedly "
        "reported allegedly also later still subsequently eventually all either then "
        "immediately who that which whom it its their they by the a an as being got "
        "now yet either not never confirmed officially "
        # "have since been found alive": the adverb of time between the auxiliaries.
        "since"
    )
)
STOP_WORDS = frozenset(
    _split(
        "were was are is be been being have has had and or but of in on at by for from with "
        "to into during after before since until who that which whom whose while when where "
        "as than the a an this these those their his her its they them we our it remain "
        "remains remained according including among include includes "
        # Adverbs of time end the phrase: "rose from 16 to 23 overnight", "41 so far".
        "overnight yesterday today tonight now so "
        # Verbs of need after the persons: "3.4 million people need aid, and 780,000 have
        # been displaced" (their own predicate, no noun of theirs).
        "need needs require requires"
    )
)
CONJUNCTIONS = frozenset(["and", "or", ",", "as well as", "while", "&"])

LEXICON = Lexicon(
    language="en",
    triggers=TRIGGERS,
    nouns=NOUNS,
    vague=VAGUE,
    zero=ZERO,
    qualifiers_before=QUALIFIERS_BEFORE,
    qualifiers_after=QUALIFIERS_AFTER,
    nest_before=NEST_BEFORE,
    nest_after=NEST_AFTER,
    references=REFERENCES,
    gap_words=GAP_WORDS,
    stop_words=STOP_WORDS,
    conjunctions=CONJUNCTIONS,
    negations=frozenset({"not", "no", "never"}),
    ages=AGES,
    denials=DENIALS,
    inmates=_each("prisoners prisoner inmates inmate convicts convict", "inmate"),
    penal_institutions=_each(
        "prison prisons penal_colony penal_colonies penitentiary penitentiaries jail jails gaol "
        "correctional_facility correctional_facilities correctional_colony correctional_institution",
        "prison",
    ),
    coordinators=frozenset({"and", "but", "while", "whereas", "however", "yet"}),
    reporting=_each(
        "say says said add adds added report reports reported state states stated tell tells told "
        "confirm confirms confirmed estimate estimates estimated believe believes according_to "
        # Claimed, cited, voiced: "residents claim 11", "the opposition cites 400".
        "claim claims claimed allege alleges alleged "
        "acknowledged acknowledges admitted admits cited cites "
        # Testimony: "she described how", "he recalled that", "witnesses testified".
        "described describes recalled recalls recounted recounts testified testifies "
        # Findings of an examination: "the analysis indicates", "the autopsy showed".
        "indicate indicates indicated show shows showed established concluded determined",
        "reporting",
    ),
    circumstances=frozenset(
        {
            "in captivity",
            "remain in captivity",
            "remains in captivity",
            "in enemy captivity",
            "remain in ~ captivity",
            "remains in ~ captivity",
            "in custody",
            "in ~ custody",
            "in detention",
            "under the rubble",
            "under the debris",
            "under the ruins",
            "in hospital",
            "in ~ hospital",
        }
    ),
    fates=frozenset({"fate", "fates", "whereabouts"}),
    severities=_each(
        "hospitalised hospitalized needed_hospital_treatment required_hospital_treatment "
        "needed_medical_treatment required_medical_treatment needed_medical_attention "
        "required_medical_attention needed_hospital_care needed_medical_care need_hospital_care "
        "need_medical_care need_hospital_treatment need_medical_treatment taken_to_hospital taken_to_~_hospital brought_to_hospital "
        "brought_to_~_hospital admitted_to_hospital admitted_to_~_hospital in_a_critical_condition "
        "in_critical_condition in_a_serious_condition in_serious_condition in_a_grave_condition "
        "in_intensive_care critical_, critical_. critical_; "
        # … and so are those in the ICU, operated on or kept in as in-patients.
        "in_icu in_the_icu undergone_surgery underwent_surgery undergoing_surgery "
        "undergone_~_surgery underwent_~_surgery received_in-patient_treatment "
        "received_inpatient_treatment receiving_in-patient_treatment "
        "receiving_inpatient_treatment "
        "treated_as_outpatients outpatients outpatient_treatment in_hospital in_~_hospital",
        "severity",
    ),
)
