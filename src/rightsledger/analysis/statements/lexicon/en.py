"""English: what statements count and the words around their figures."""

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
    rejections,
)


def _split(text: str) -> list[str]:
    return text.split()


def _each(words: str, value: str) -> dict[str, str]:
    return {word.replace("_", " "): value for word in words.split()}


TRIGGERS = {
    **_each(
        "killed kill kills killing killings murdered murder murders massacred slaughtered "
        # The gerund after a preposition: "guilty of murdering 14", "accused of abducting 5".
        "murdering massacring slaughtering executing "
        "executed execution executions slain died dead deaths death_toll death-toll perished "
        "lost_their_lives lost_his_life lost_her_life lost_their_life fatalities shot_dead "
        "shot_and_killed burned_alive burnt_alive beheaded lives_were_lost lives_lost "
        "fatally_wounded were_martyred martyred claimed_the_lives_of took_the_lives_of "
        "claimed_the_lives number_of_dead number_of_deaths "
        # Deaths by a named cause are killings as statements count them.
        "drowned suffocated burned_to_death burnt_to_death starved_to_death froze_to_death "
        "crushed_to_death beaten_to_death gunned_down shot_to_death stabbed_to_death "
        # The number stands inside: "claimed 11 lives", "cost 11 lives".
        "claimed_~_lives took_~_lives cost_~_lives beat_~_to_death beating_~_to_death "
        # Died of wounds, shot to death.
        "succumbed_to_their_injuries succumbed_to_his_injuries succumbed_to_her_injuries "
        "succumbed_to_~_wounds succumbed_to_~_injuries fatally_shot fatally_stabbed "
        # Shot, with no wound named, is shot dead as statements count it ("were shot at the
        # quarry", "58 villagers shot by the militia"); shot and wounded, or in a limb, is hurt
        # (below).
        "were_shot was_shot been_shot being_shot shot_by "
        # The killed and the injured together: only "no casualties" is a figure of each
        # (``SentenceBinder._casualties``).
        "casualties casualty",
        "killed",
    ),
    **_each(
        "injured injuring injuries wounded wounding hurt harmed maimed sustained_injuries "
        "received_injuries suffered_injuries sustained_~_injuries suffered_~_injuries "
        "received_~_injuries sustained_wounds suffered_wounds received_wounds sustained_~_wounds "
        "hospitalised hospitalized wounds gunshot_wounds shrapnel_wounds stab_wounds "
        "were_shot_and_wounded was_shot_and_wounded were_shot_and_injured was_shot_and_injured "
        "were_shot_in_the_leg were_shot_in_the_legs were_shot_in_the_arm was_shot_in_the_leg "
        "was_shot_in_the_arm were_shot_in_the_foot was_shot_in_the_foot "
        "were_shot_with_rubber_bullets was_shot_with_rubber_bullets "
        # Treated for an injury: "treated for injuries", "treated for smoke inhalation and burns".
        "treated_for_injuries treated_for_wounds treated_for_burns treated_for_~_burns "
        "treated_for_~_injuries "
        # Needing treatment after the event (not aid given: "medical assistance was provided").
        "needed_hospital_treatment required_hospital_treatment needed_medical_treatment "
        "required_medical_treatment needed_medical_attention required_medical_attention "
        # Treatment received is for an injury ("nine protesters received medical treatment").
        "received_medical_treatment received_hospital_treatment received_treatment_for "
        # Burns are injuries: "suffered burns", "sustained severe burns".
        "suffered_burns sustained_burns received_burns suffered_~_burns sustained_~_burns "
        # Treated for whatever harmed them, wherever: "treated at the scene for smoke inhalation"
        # (not "treated as suspects for …").
        "treated_for treated_at_~_for treated_in_~_for treated_on_~_for "
        "number_of_wounded number_of_injured",
        "injured",
    ),
    **_each(
        "captured taken_hostage taken_captive taken_prisoner held_hostage held_captive "
        "abducted abduction abductions_of kidnapped seized_as_hostages hostage-taking captivity_of "
        "abducting kidnapping "
        # The act counted in the plural is a count of its victims: "12 abductions".
        "abductions kidnappings "
        "in_captivity remain_in_captivity remains_in_captivity being_held_captive "
        # Whose captivity: "remain in enemy captivity", "are still in Russian captivity".
        "in_enemy_captivity remain_in_~_captivity remains_in_~_captivity "
        "being_held_hostage still_held_captive still_held_hostage "
        # Persons taken away by armed men, said with "them" ("drove them off in a truck"):
        # "were led away" alone waits for what is said of their fate.
        "drove_them_off drove_them_away took_them_away led_them_away carried_them_off "
        # … or with their count: "took away five men", "took 12 villagers away".
        "took_away took_~_away carried_away carried_off",
        "captured",
    ),
    # Persons taken from a place or along with the takers are seized: "took about forty men
    # from our street", "took 12 villagers with them" (samples or hours taken are nothing).
    **_each("seized grabbed snatched took_~_from took_~_with_them", "seize"),
    # Registered by a registrar named for a fate ("ActsApart._registered_as_named").
    **_each("registered has_registered have_registered", "registered"),
    # Victims of the act named before them ("SentenceBinder._victims_of_the_act").
    **_each(
        "recognised_as_victims recognized_as_victims granted_victim_status "
        "were_granted_victim_status given_victim_status",
        "victims",
    ),
    # Beating is torture as statements count it ("beaten" above): the active verb and the
    # noun, of persons only ("guards beat 12 inmates", "the beating of 30 detainees").
    **_each("beat beat_up beating beatings beating_of beatings_of", "beat"),
    **_each(
        "released freed set_free exchanged returned_from_captivity release_of releasing freeing "
        # The release named with another act of the same persons: "the release and transfer of".
        "release_and_~_of "
        "were_returned handed_over returned_home returned_from_captivity came_home "
        # The count inside: "they let two of them go".
        "let_~_go",
        "released",
    ),
    # Of persons taken: "two of them came back a month later" (``resolve_category``).
    **_each("came_back", "return"),
    # Found alive: no figure, and no part of the fate of its whole.
    **_each(
        "found_alive located_alive traced_alive found_safe located_safe found_safe_and_well "
        "rescued_alive pulled_alive pulled_~_alive",
        "alive",
    ),
    # Not found: persons, or persons whose remains were never found, are missing.
    **_each(
        "not_been_found never_been_found still_not_found not_yet_been_found were_never_found "
        "was_never_found not_yet_found",
        "not_found",
    ),
    **_each(
        "missing went_missing unaccounted_for whereabouts_unknown fate_unknown "
        "fate_is_unknown fate_was_unknown fate_remained_unknown fates_are_unknown "
        "fates_remain_unknown whereabouts_are_unknown whereabouts_remained_unknown "
        "whereabouts_remain_unknown fate_remains_unknown fate_of_~_remains_unknown "
        "fate_of_~_is_unknown fate_of_~_remain_unknown "
        "whereabouts_of_~_unknown not_been_seen_since not_seen_since "
        "never_seen_again not_been_seen_again never_been_seen_again not_been_heard_from "
        "never_heard_from_again "
        # "still" inside the phrase: "the fate of the remaining 1,075 is still unknown".
        "fate_of_~_is_still_unknown fate_of_~_are_still_unknown fate_of_~_remains_still_unknown "
        "fate_of_~_still_unknown fates_of_~_are_still_unknown whereabouts_are_still_unknown "
        "fate_is_still_unknown whereabouts_of_~_are_still_unknown "
        # Nothing heard from them since: "nobody has heard anything from the other four".
        "nobody_has_heard_from nobody_has_heard_anything_from no_one_has_heard_from "
        "no_one_has_heard_anything_from nothing_has_been_heard_from "
        # Families who do not know what happened to their relatives: "the families of 1,640
        # people still do not know what happened to them".
        "do_not_know_what_happened_to don't_know_what_happened_to "
        "does_not_know_what_happened_to not_know_what_became_of "
        "nothing_has_been_heard_of nothing_has_been_heard_from "
        # Persons "still sought" (by families, by a tracing service) are not yet found.
        "still_sought still_being_sought still_searched_for still_being_searched_for "
        # Persons still under a collapsed building are missing until they are found.
        "under_the_rubble",
        "missing",
    ),
    **_each(
        "disappeared forcibly_disappeared enforced_disappearance "
        "disappearances enforced_disappearances forced_disappearances "
        # Taken to a place no one is told of: the mark of an enforced disappearance.
        "to_an_unknown_destination to_an_unknown_location to_unknown_destinations "
        "to_unknown_locations",
        "disappeared",
    ),
    **_each(
        "detained arrested imprisoned jailed held_in_detention detention_of in_custody rounded_up "
        "detaining arresting imprisoning jailing arrests detentions "
        # Held pending trial: "remanded in custody", "placed in pre-trial detention".
        "remanded_in_custody remanded placed_in_~_detention placed_in_detention "
        "in_detention held_in_custody arrest_of arrests_of confinement_of unlawful_confinement_of "
        "imprisonment_of detention_of taken_into_custody placed_under_arrest unlawfully_held illegally_held unlawfully_detained "
        # Brought to a police station: taken into custody, whatever the stated purpose.
        "taken_to_the_police_station taken_to_a_police_station brought_to_the_police_station "
        "brought_to_a_police_station "
        # Behind bars: "27 journalists behind bars".
        "behind_bars",
        "detained",
    ),
    **_each(
        # The noun as well as the verb: "312 cases of torture", "signs of torture on 17".
        "tortured torturing subjected_to_torture ill-treated ill-treating torture_of torture "
        "signs_of_torture beaten beaten_up "
        "ill-treatment subjected_to_cruel_treatment subjected_to_inhuman_treatment "
        "subjected_to_ill-treatment subjected_to_cruel_and_inhuman_treatment "
        "traces_of_torture marks_of_torture bore_signs_of_torture bore_marks_of_torture "
        # Methods of torture named as what they were subjected to.
        "subjected_to_electric_shocks given_electric_shocks electric_shocks",
        "tortured",
    ),
    **_each(
        "displaced forcibly_displaced forced_to_flee forced_to_leave fled expelled deported "
        "deporting expelling "
        "driven_out driven_from_their_homes forced_out uprooted deportation expulsion "
        # The count may stand inside the verb phrase: "driven 12,000 people from their homes".
        "driven_~_from_their_homes forced_~_from_their_homes driven_~_from_their_villages "
        "forced_~_to_flee forced_~_to_leave_their_homes forcing_~_to_flee "
        "forcing_~_to_leave_their_homes displacing "
        # Took refuge elsewhere: fled there.
        "sought_refuge took_refuge found_refuge "
        # Evacuation moves people from their homes: statements count it as displacement.
        "forced_from forced_from_their_homes evacuated evacuation_of forcibly_transferred "
        "forcible_transfer_of",
        "displaced",
    ),
    **_each("identified identification_of", "identified"),
    **_each("found_dead", "found_dead"),
    **_each("held still_held being_held remain_held remains_held holds holding", "hold"),
    **_each(
        "wiped_out no_survivors no_survivor exterminated annihilated lost_all_of_its_members "
        "lost_all_its_members lost_all_their_members lost_all_of_their_members "
        # "In 36 families no one survived": said of families, no survivor is a family lost.
        "no_one_survived nobody_survived none_survived no_member_survived "
        "no_family_member_survived no_members_survived",
        "families_wiped_out",
    ),
    **_each(
        "destroyed razed demolished burned burnt torched levelled leveled ruined set_on_fire "
        "set_fire_to burned_down burnt_down flattened gutted razed_to_the_ground "
        "reduced_to_rubble reduced_to_ruins reduced_to_ashes blown_up bulldozed bulldozing_of "
        "destruction_of burning_of torching_of demolition_of razing_of",
        "destroy",
    ),
    # Collapsed, fell in: what only things do ("three houses collapsed"); so is being shot down
    # ("19 drones were shot down"), not shot ("were shot", killed above).
    **_each("collapsed caved_in shot_down were_shot_down was_shot_down", "collapse"),
    # The present of a timeline or a headline: "a fire destroys 37 homes", "900 residents flee",
    # "one dies of his wounds", "police detain 40".
    **_each("dies", "killed"),
    **_each("injures", "injured"),
    **_each("detain detains", "detained"),
    **_each("abducts kidnaps", "captured"),
    **_each("frees releases", "released"),
    **_each("flee flees", "displaced"),
    **_each("destroys razes demolishes torches", "destroy"),
    **_each(
        "found discovered recovered exhumed unearthed uncovered located exhumation_of retrieved "
        # Verbs of finding count only bodies and graves (``resolve_category``), so verbs
        # of bringing bodies out may stand here: "pulled 12 bodies from the rubble".
        "pulled pulled_out brought_out dug_up counted "
        # Remains that a grave contains are found with it: "graves containing the remains of 31".
        "containing contained contains "
        # Bodies brought to a morgue were found dead (persons brought there are not counted).
        "brought_to_the_morgue brought_to_a_morgue brought_to_~_morgue taken_to_the_morgue "
        "taken_to_~_morgue delivered_to_the_morgue delivered_to_~_morgue",
        "find",
    ),
}

NOUNS = {
    **_each(
        "people persons person individuals civilians civilian residents inhabitants "
        "villagers citizens nationals compatriots others victims souls human_beings "
        "men_and_women peaceful_residents locals passengers passenger travellers travelers "
        "pilgrims worshippers",
        PERSON,
    ),
    **_each("women woman females female adult_females adult_women", "subgroup:women"),
    **_each("men man males male adult_males adult_men", "subgroup:men"),
    **_each(
        "children child minors infants babies kids teenagers boys_and_girls juveniles juvenile "
        "adolescents subadults subadult",
        "subgroup:children",
    ),
    **_each(
        "elderly elderly_people elderly_persons old_people older_people older_persons elders "
        "aged_people pensioners senior_citizens old_men_and_women",
        "subgroup:elderly",
    ),
    **_each("girls girl", "label:girls"),
    **_each("boys boy", "label:boys"),
    **_each("journalists journalist reporters media_workers", "label:journalists"),
    # Those who took part in a protest: "40 protesters were injured", "treated 15 demonstrators".
    **_each(
        "protesters protester protestors protestor demonstrators demonstrator", "label:protesters"
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
        "guardsmen national_guardsmen",
        "label:servicemen",
    ),
    **_each("police_officers policemen police_officer policeman", "label:police officers"),
    # Occupations statements name as the victims' group: a free label, as journalists are.
    **_each("miners miner", "label:miners"),
    **_each("border_guards border_guard", "label:border guards"),
    **_each("teachers teacher", "label:teachers"),
    **_each("students schoolchildren pupils", "label:students"),
    **_each("aid_workers humanitarian_workers aid_worker humanitarian_worker", "label:aid workers"),
    **_each("volunteers volunteer", "label:volunteers"),
    **_each(
        "human_rights_defenders human_rights_defender rights_defenders rights_defender "
        "human_rights_activists human_rights_activist",
        "label:human rights defenders",
    ),
    **_each(
        "prison_staff prison_guards prison_guard prison_officers prison_officer",
        "label:prison staff",
    ),
    **_each("families family households household", FAMILY),
    **_each(
        "homes home houses house dwellings dwelling residential_buildings apartments apartment_buildings "
        "private_houses residential_houses",
        "property:homes",
    ),
    **_each("schools school school_buildings kindergartens kindergarten", "property:schools"),
    **_each(
        "hospitals hospital clinics clinic",
        "property:hospitals",
    ),
    # A health facility may be a hospital or a first-aid post: the broader kind, kept as named.
    **_each(
        "medical_facilities health_facilities medical_facility health_facility "
        "healthcare_facilities healthcare_facility health_posts health_post health_centres "
        "health_centre health_centers health_center first-aid_posts first-aid_post",
        "property:health facilities",
    ),
    **_each(
        "mosques mosque churches church temples temple synagogues synagogue places_of_worship "
        "place_of_worship religious_sites",
        "property:places of worship",
    ),
    **_each(
        "monuments monument museums museum cultural_sites historical_monuments libraries library "
        "theatres theatre",
        "property:cultural sites",
    ),
    **_each("buildings building", "property:buildings"),
    **_each("villages village settlements settlement", "property:settlements"),
    **_each(
        "mass_graves mass_grave graves grave burial_sites burial_site mass_burial_sites burial_places",
        GRAVE,
    ),
    **_each("bodies body remains corpses corpse bodies_of_the_dead", BODY),
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
        "decades century centuries km kilometres kilometers kilometre kilometer metres "
        "meters miles % percent per_cent hectares tonnes tons dollars euros manat rubles "
        "times o'clock am pm "
        # Papers are counted, not persons: "3,475 files remain open".
        "files dossiers documents complaints applications petitions letters appeals requests "
        "photographs photos "
        # What monitors did is counted too, not persons: "43 field visits", "87 interviews".
        "visits visit interviews interview trips missions "
        # Samples are taken from persons, not persons: "310 DNA reference samples".
        "samples sample "
        "year-old years-old hour-long day-long rounds shells rockets "
        "tanks "
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
    "several_dozen several_hundred several_thousand a_number_of a_few "
    "countless dozens_of hundreds_of thousands_of scores_of several_of a_large_number_of large_numbers_of "
    "many_hundreds a_few_dozen a_few_hundred a_few_thousand few_dozen many_dozens "
    "many_thousands",
    "vague",
)

ZERO = _each("no_one no-one nobody none not_a_single no not_one", "zero")

QUALIFIERS_BEFORE = {
    **_each(
        "at_least no_fewer_than no_less_than not_less_than not_fewer_than a_minimum_of "
        "exceeded exceeds surpassed topped "
        "more_than over in_excess_of upwards_of above at_minimum well_over",
        "at_least",
    ),
    **_each(
        "at_most up_to no_more_than not_more_than fewer_than less_than a_maximum_of "
        "as_many_as under",
        "at_most",
    ),
    **_each(
        "about around approximately roughly some an_estimated estimated nearly almost "
        "close_to circa approx ~ some_estimated roughly_estimated just_over just_under "
        "an_approximate closer_to nearer_to",
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

NEST_BEFORE = _each(
    "including included among_them among_whom of_whom of_them of_which in_particular "
    "of_these of_those out_of_these out_of_those out_of_them "
    "among_those among_the_victims among_the_dead among_the_killed among_the_wounded "
    "among_the_injured among_the_hostages among_the_captives among_the_missing "
    "among_the_victims_were among_these namely among_those_killed among_those_injured "
    "among_those_wounded among_those_detained among_those_released among_the_released "
    "among_the_detained among_the_abducted among_those_abducted among_the_displaced "
    "of_those_killed of_the_dead of_the_killed of_those_injured of_those_wounded "
    "of_the_wounded of_those_detained of_those_abducted of_the_hostages of_those_released "
    # The persons counted, named again: "Of those persons, 611 have been located alive".
    "of_those_persons of_these_persons of_those_people of_these_people of_those_individuals "
    "of_these_individuals among_those_persons among_these_people among_those_people "
    # The remains found, named as the whole: "Of the remains recovered, 15 were identified".
    "of_the_bodies of_the_remains of_the_bodies_recovered of_the_remains_recovered "
    "of_the_bodies_found of_the_remains_found of_the_bodies_exhumed of_the_remains_exhumed",
    "nest",
)
NEST_AFTER = _each(
    "of_them of_whom of_which among_them of_these of_those of_the_victims among_the_victims",
    "nest",
)
# "Eight of the dead were children", "two of the detainees", "Among those abducted were …".
_PARTICIPLE = r"(?:ed|dead|missing|wounded)$"
NEST_AFTER |= partitives(("of the", "of those", "among the", "among those"), TRIGGERS, NOUNS,
                         _PARTICIPLE)  # fmt: skip
NEST_BEFORE |= partitives(("among the", "among those", "of the", "of those"), TRIGGERS, NOUNS,
                          _PARTICIPLE)  # fmt: skip

REFERENCES = _each(
    "article articles art arts paragraph paragraphs para paras page pages p pp "
    "section sections chapter chapters resolution resolutions no number item items protocol annex § "
    "volume vol block cell room ward route precinct unit brigade battalion regiment "
    "regulation regulations rule "
    # The counts of an indictment: "acquits the accused on Count 4" (not "counts 27 victims").
    "on_count on_counts under_count under_counts of_count",
    "reference",
)
AGES = _each("aged age under over above below older_than younger_than", "age")

GAP_WORDS = frozenset(
    _split(
        "were was are is be been being have has had remain remains remained reportedly "
        "reported allegedly also later still subsequently eventually all either then "
        "immediately who that which whom it its their they by the a an as being got "
        "now yet either not never confirmed officially"
    )
)
STOP_WORDS = frozenset(
    _split(
        "were was are is be been being have has had and or but of in on at by for from with "
        "to into during after before since until who that which whom whose while when where "
        "as than the a an this these those their his her its they them we our it remain "
        "remains remained according including among"
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
    denials=_each(
        "denied_that denies_that deny_that denied_reports denied_claims denied_allegations "
        "rejected_reports rejected_claims rejected_allegations dismissed_reports "
        "dismissed_claims is_false are_false were_false was_false is_untrue are_untrue "
        "were_untrue unfounded baseless unproven not_been_proven not_been_proved not_proven not_proved "
        "failed_to_prove no_evidence_that not_satisfied_that not_established_that "
        "not_been_established "
        # A figure the record does not bear out, or that its reader refuses: "estimates of up
        # to 15,000 are not supported by the record", "does not accept the figure of 120,000".
        "not_supported_by not_borne_out does_not_accept do_not_accept did_not_accept "
        # A figure the text itself calls unconfirmed is not yet a claim: "unconfirmed reports
        # of 100 killed", "has not been confirmed", "please don't share until verified".
        "unconfirmed unverified not_been_confirmed not_been_verified not_confirmed "
        "not_verified until_verified could_not_confirm cannot_confirm can_not_confirm "
        "unable_to_confirm could_not_verify cannot_verify unable_to_verify "
        # A figure called invented in its own clause: "the figure of 300 … is a fabrication".
        "is_a_fabrication are_a_fabrication was_a_fabrication is_fabricated are_fabricated "
        "is_a_lie are_lies is_an_invention is_made_up are_made_up "
        # Hedged by an adverb: "the figure of 500 arrests … is simply false".
        "is_simply_false are_simply_false is_simply_untrue are_simply_untrue "
        "is_completely_false is_totally_false is_entirely_false is_absolutely_false "
        "is_completely_untrue is_totally_untrue is_patently_false is_plainly_false "
        # A figure the text says it replaces: "an earlier version of this story said 12",
        # "was erroneously reported as 12" (the corrected figure stands in its own clause).
        "an_earlier_version earlier_version_of earlier_versions_of previously_reported_that "
        "had_earlier_reported had_previously_reported erroneously_reported "
        "earlier_reports_had_said earlier_reports_said initial_reports_had_said "
        "initial_reports_said had_initially_been_reported was_initially_reported "
        "erroneously_stated mistakenly_reported mistakenly_stated incorrectly_reported "
        # "The article also misstated the number of wounded as 13; it was 31."
        "misstated misreported misquoted misstates misreports "
        "incorrectly_stated wrongly_reported wrongly_stated "
        # A finding reversed on appeal, or held unproven: "reverses the finding that he
        # ordered the expulsion of 4,500", "the evidence on that count was insufficient".
        "reverses_the_finding reversed_the_finding overturns_the_finding "
        "overturned_the_finding quashes_the_finding quashed_the_finding "
        "evidence_~_was_insufficient evidence_~_is_insufficient insufficient_evidence",
        "denial",
    )
    # "the earlier figure of 52": a figure named as the one a newer one replaces (only the
    # number after it; the rest of its clause may give the newer one).
    | _each(
        "earlier_figure_of previous_figure_of initial_figure_of original_figure_of "
        "earlier_toll_of previous_toll_of earlier_estimate_of previous_estimate_of "
        "earlier_count_of previous_count_of",
        "replaced",
    )
    # "Contrary to reports that six people died, no one was killed": the reports rejected
    # are the opening phrase, up to its comma; the clause after it is the speaker's own.
    | _each(
        "contrary_to_reports contrary_to_claims contrary_to_rumours contrary_to_rumors "
        "contrary_to_allegations contrary_to_earlier_reports",
        "opening",
    )
    | rejections(
        "reject rejects rejected dispute disputes disputed deny denies denied contest contests "
        "contested refute refutes refuted question questions questioned "
        # Found unproven by who speaks: "We cannot confirm that number."
        "cannot_confirm could_not_confirm can_not_confirm cannot_verify could_not_verify",
        "this_figure these_figures that_figure those_figures this_number these_numbers "
        "that_number those_numbers "
        "this_estimate these_estimates this_claim these_claims the_figure the_figures "
        # After the figure: ", a figure which monitors dispute".
        "a_figure_which_~_{verb} a_figure_that_~_{verb} figures_which_~_{verb} "
        "figures_that_~_{verb} a_number_which_~_{verb} a_number_that_~_{verb}",
    )
    | rejections(
        # "The army called the figure a fabrication."
        "fabrication lie invention exaggeration",
        "called_the_figure_a_{verb} called_this_figure_a_{verb} called_the_figures_a_{verb} "
        "called_these_figures_a_{verb} calls_the_figure_a_{verb} calls_this_figure_a_{verb}",
    )
    | rejections(
        # The demonstrative as subject: "…, but this information has not been confirmed".
        "has_not_been_confirmed have_not_been_confirmed was_not_confirmed were_not_confirmed "
        "could_not_be_confirmed could_not_be_verified has_not_been_verified is_false are_false "
        "is_untrue are_untrue",
        "this_information_{verb} this_report_{verb} these_reports_{verb} this_claim_{verb} "
        "these_claims_{verb} this_figure_{verb} these_figures_{verb}",
    )
    | rejections(
        # A demonstrative subject called wrong: "That figure is not correct", "these
        # numbers are exaggerated".
        "is_not_correct is_incorrect is_not_accurate is_inaccurate is_not_true is_wrong "
        "is_exaggerated are_not_correct are_incorrect are_not_accurate are_inaccurate "
        "are_not_true are_wrong are_exaggerated is_a_fabrication are_a_fabrication is_a_lie "
        "is_made_up are_made_up is_false are_false is_simply_false are_simply_false is_untrue "
        "is_simply_untrue",
        "that_figure_{verb} this_figure_{verb} the_figure_{verb} that_number_{verb} "
        "this_number_{verb} that_report_{verb} this_report_{verb} that_claim_{verb} "
        "those_figures_{verb} these_figures_{verb} those_reports_{verb} these_reports_{verb} "
        "those_numbers_{verb} these_numbers_{verb}",
    )
    # A correction that gives the right figure after a wrong one: "The correct figure is
    # seven" rejects the figure before it (the correction's own figure stands).
    | _each(
        "the_correct_figure the_correct_number the_correct_toll the_actual_figure "
        "the_accurate_figure",
        "corrects",
    )
    | rejections(
        # The bare demonstrative, answering the figure just given: "That is simply untrue."
        "untrue false not_true a_lie nonsense",
        "that_is_{verb} this_is_{verb} that's_{verb} that_is_simply_{verb} "
        "that_is_completely_{verb} that_is_just_{verb} that_is_absolutely_{verb} "
        "this_is_simply_{verb} this_is_completely_{verb}",
    ),
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
            "in detention",
            "under the rubble",
        }
    ),
    severities=_each(
        "hospitalised hospitalized needed_hospital_treatment required_hospital_treatment "
        "needed_medical_treatment required_medical_treatment needed_medical_attention "
        "required_medical_attention taken_to_hospital",
        "severity",
    ),
)
