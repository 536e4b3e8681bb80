"""English: what befell persons and things: the verbs and nouns of the acts statements count."""

from __future__ import annotations

from rightsledger.analysis.statements.lexicon import each

# Vehicles persons are forced into by those who take them, and the verbs of that force.
VEHICLES = ("van", "car", "minibus", "truck", "vehicle", "bus")
FORCED_INTO = ("pushed", "bundled", "forced", "dragged", "thrown", "put")


def _into_a_vehicle(verbs: str) -> str:
    """Each verb of force with its object before or after it, into each kind of vehicle,
    named plainly or with one word ("an unmarked van"): "pushed_into_a_van pushed_~_into_a_van
    pushed_into_an_~_van …"."""
    return (
        " ".join(
            f"{verb}{gap}_into_{article}_{vehicle}"
            for verb in verbs.split()
            for gap in ("", "_~")
            for article in ("a", "an", "the", "their", "a_~", "an_~", "the_~")
            for vehicle in VEHICLES
        )
        + " "
        + " ".join(
            # … or into several, counted or described: "put into two trucks", "into army vans".
            f"{verb}{gap}_into_~_{vehicle}s"
            for verb in verbs.split()
            for gap in ("", "_~")
            for vehicle in VEHICLES
        )
    )


def present(verbs: str) -> str:
    """Each regular verb with its third person singular ("abduct abducts", "torch torches"),
    space-separated, as ``each`` takes them."""
    forms = []
    for verb in verbs.split():
        ending = "es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s"
        forms += [verb, verb + ending]
    return " ".join(forms)


def _needing_care() -> str:
    """ "needed hospital care", "need medical treatment", "require medical attention": the
    phrases of needing care, past and present, of persons counted (so in the plural)."""
    return " ".join(
        f"{verb}_{where}_{what}"
        for verb in ("need", "needed", "require", "required")
        for where in ("hospital", "medical")
        for what in ("care", "treatment", "attention")
    )


# The causes of injuries that tell of ill-treatment ("injuries consistent with beatings").
_CAUSES_OF_ILL_TREATMENT = (
    "beatings", "beating", "blows", "torture", "ill-treatment", "mistreatment", "abuse", "kicking",
)  # fmt: skip


def _consistent_with_ill_treatment() -> str:
    """ "injuries_consistent_with_beatings", "injuries_consistent_with_~_blows": injuries or
    marks that fit a cause of ill-treatment, with a word before the cause or without."""
    return " ".join(
        f"{what}_consistent_with{gap}_{cause}"
        for what in ("injuries", "wounds", "marks", "bruising", "bruises")
        for gap in ("", "_~")
        for cause in _CAUSES_OF_ILL_TREATMENT
    )


def _broken_bones(verbs: str) -> str:
    """Each verb of suffering with each bone broken, as ``each`` takes them:
    "suffered_broken_ribs", "sustained_broken_bones"."""
    bones = ("bones", "ribs", "arms", "legs", "limbs", "noses", "jaws", "fingers", "arm", "leg")
    return " ".join(f"{verb}_broken_{bone}" for verb in verbs.split() for bone in bones)


def _kept_from_home() -> str:
    """Each way of saying persons cannot go back where they lived: "unable_to_return_home",
    "cannot_return_to_their_villages"."""
    kept = ("unable_to", "cannot", "could_not", "can_not", "not_able_to")
    places = ("homes", "home", "houses", "house", "villages", "village", "towns", "town",
              "farms", "land", "lands")  # fmt: skip
    where = ["home", *(f"to_their_{place}" for place in places), "to_the_village", "to_the_area"]
    return " ".join(f"{verb}_return_{to}" for verb in kept for to in where)


def _in_a_shelter() -> str:
    """Each way of saying persons stay, sleep or spend the night in a place that shelters the
    displaced: "staying_in_the_~_hall", "spent_the_night_in_a_~mod_basement". Not in hospital,
    nor in "the school", where its pupils stay; nor in a cell, where the held are."""
    places = ("hall", "halls", "gym", "gyms", "shelter", "shelters", "tents", "tent", "schools",
              "camp", "camps")  # fmt: skip
    # Staying somewhere may take a count of the places between ("staying in 12 shelters").
    staying = " ".join(
        f"staying_in_{a}{place}"
        for a in ("", "a_", "the_", "~_", "a_~_", "the_~_")
        for place in places
    )
    # Sleeping or a night spent there: only words that qualify the place stand between ("the
    # old sports hall"), no other clause ("in a hall and 70 sleep in tents").
    sleeping = ("spent_the_night_in", "spend_the_night_in", "spending_the_night_in",
                "sleep_in", "sleeps_in", "sleeping_in", "slept_in")  # fmt: skip
    nights = " ".join(
        f"{verb}_{a}{place}"
        for verb in sleeping
        for a in ("", "a_", "the_", "~mod_", "a_~mod_", "the_~mod_")
        for place in (*places, "basement", "basements", "cellar", "cellars")
    )
    return f"{staying} {nights}"


def _traced_to_custody() -> str:
    """Each way of saying persons were traced or located in a place of custody, as ``each``
    takes them: "traced_to_~_prison", "located_in_~_detention_centre"."""
    verbs = ("traced_to", "traced_in", "located_in", "located_at")
    places = ("prison", "prisons", "jail", "jails", "detention_facility", "pre-trial_facility",
              "detention_centre", "detention_center", "remand_centre", "police_station",
              "police_cells", "penal_colony")  # fmt: skip
    return (
        " ".join(f"{verb}_{gap}{place}" for verb in verbs for place in places for gap in ("", "~_"))
        + " "
        + " ".join(f"{verb}_places_of_detention" for verb in verbs)
    )


def _limbs_lost() -> str:
    """Each way of saying a body part was lost, as ``each`` takes them: "lost_a_leg",
    "lost_both_legs", "lost_their_limbs", "lost_~_legs" ("lost their lower legs")."""
    parts = " ".join(
        f"lost_{owner}_{part}"
        for owner in ("a", "an", "both", "one", "their", "his", "her", "~")
        for part in (
            "leg",
            "legs",
            "arm",
            "arms",
            "limb",
            "limbs",
            "hand",
            "hands",
            "foot",
            "feet",
            "eye",
            "eyes",
            "fingers",
            "sight",
        )
    )
    return f"{parts} lost_limbs lost_legs lost_arms lost_hands lost_feet lost_fingers"


def made_to_leave(causatives: str, leaving: str) -> str:
    """Each causative with the persons as its object, then a verb of leaving: "forced_~_to_
    leave", "made_~_flee". Whoever is forced or made to leave their homes is displaced."""
    return " ".join(f"{made}_~_{leave}" for made in causatives.split() for leave in leaving.split())


TRIGGERS = {
    **each(
        "killed kill kills killing killings murdered murder murders massacred slaughtered "
        # The gerund after a preposition: "guilty of murdering 14", "accused of abducting 5".
        "murdering massacring slaughtering executing "
        # The act's noun with its object, as "the killing of 14": "the massacre of 14
        # villagers" (alone, "the massacre" names an event more often than it counts).
        "massacre_of massacres_of "
        "executed execution executions slain died dead deaths death_toll death-toll perished "
        # One death a record counts, or none: "No death was recorded in the camp", "one death
        # has been reported" (the singular alone names a death as an event, not a count).
        "death_was_recorded death_was_reported death_has_been_recorded death_has_been_reported "
        "death_was_registered death_has_been_registered "
        "lost_their_lives lost_his_life lost_her_life lost_their_life fatalities shot_dead "
        "shot_and_killed burned_alive burnt_alive beheaded lives_were_lost lives_lost "
        "fatally_wounded were_martyred martyred claimed_the_lives_of took_the_lives_of "
        "claimed_the_lives number_of_dead number_of_deaths "
        # Deaths by a named cause are killings as statements count them.
        "drowned suffocated burned_to_death burnt_to_death starved_to_death froze_to_death "
        "crushed_to_death beaten_to_death gunned_down shot_to_death stabbed_to_death "
        "took_their_own_lives took_his_own_life took_her_own_life committed_suicide "
        # Deaths a register files by their cause: "four were recorded as suicides".
        "recorded_as_suicides registered_as_suicides classified_as_suicides ruled_suicides "
        "ruled_as_suicides recorded_as_suicide registered_as_suicide "
        # The number stands inside: "claimed 11 lives", "cost 11 lives".
        "claimed_~_lives took_~_lives cost_~_lives beat_~_to_death beating_~_to_death "
        # A headline's present: "Shelling claims 12 lives in Tartar".
        "claims_~_lives takes_~_lives costs_~_lives claims_the_lives_of takes_the_lives_of "
        # Died in custody: where they died is no holding of its own ("four prisoners died in
        # custody last year", "deaths in detention").
        "died_in_custody died_in_~_custody died_in_detention died_in_~_detention "
        "deaths_in_custody deaths_in_~_custody deaths_in_detention deaths_in_~_detention "
        # Died of wounds, shot to death.
        "succumbed_to_their_injuries succumbed_to_his_injuries succumbed_to_her_injuries "
        "succumbed_to_~_wounds succumbed_to_~_injuries fatally_shot fatally_stabbed "
        # Shot, with no wound named, is shot dead as statements count it ("were shot at the
        # quarry", "58 villagers shot by the militia"); shot and wounded, or in a limb, is hurt
        # (below).
        "were_shot was_shot been_shot being_shot shot_by "
        # Brought to hospital dead: killed, not hurt ("taken to hospital" alone is hurt).
        "brought_to_hospital_dead taken_to_hospital_dead brought_to_~_hospital_dead "
        "taken_to_~_hospital_dead "
        # The killed and the injured together: only "no casualties" is a figure of each
        # (``SentenceBinder._casualties``).
        "casualties casualty",
        "killed",
    ),
    **each(
        "injured injuring injuries wounded wounding hurt harmed maimed maiming "
        "sustained_injuries "
        # Stabbed, as wounded by a blade ("stabbed to death" is killed, above).
        "stabbed "
        "received_injuries suffered_injuries sustained_~_injuries suffered_~_injuries "
        "received_~_injuries sustained_wounds suffered_wounds received_wounds sustained_~_wounds "
        "hospitalised hospitalized wounds gunshot_wounds shrapnel_wounds stab_wounds "
        # Taken to hospital after the event: "nine have been taken to hospital".
        "taken_to_hospital taken_to_~_hospital brought_to_hospital brought_to_~_hospital "
        "admitted_to_hospital admitted_to_~_hospital rushed_to_hospital rushed_to_~_hospital "
        # … or said by the hospital that took them in: "the hospital has admitted 73 patients"
        # (patients are what a hospital admits; "admitted 3 killings" is a confession).
        "admitted_~_patients "
        # Still there: "23 remain in hospital" (a circumstance: "two died in hospital" died).
        "in_hospital in_~_hospital "
        "were_shot_and_wounded was_shot_and_wounded were_shot_and_injured was_shot_and_injured "
        "were_shot_in_the_leg were_shot_in_the_legs were_shot_in_the_arm was_shot_in_the_leg "
        "was_shot_in_the_arm were_shot_in_the_foot was_shot_in_the_foot "
        "were_shot_with_rubber_bullets was_shot_with_rubber_bullets "
        # Hit by what police fire to hurt, not to kill: "some 30 marchers hit by rubber bullets".
        "hit_by_rubber_bullets struck_by_rubber_bullets hit_by_a_rubber_bullet "
        "struck_by_a_rubber_bullet hit_by_plastic_bullets struck_by_plastic_bullets "
        "hit_by_rubber-coated_bullets hit_by_pellets struck_by_pellets "
        # Treated as outpatients after an event: harmed by it, not badly.
        "treated_as_outpatients outpatients outpatient_treatment "
        # Treated for an injury: "treated for injuries", "treated for smoke inhalation and burns".
        "treated_for_injuries treated_for_wounds treated_for_burns treated_for_~_burns "
        "treated_for_~_injuries "
        # Needing treatment after the event (not aid given: "medical assistance was provided").
        "needed_hospital_treatment required_hospital_treatment needed_medical_treatment "
        "required_medical_treatment needed_medical_attention required_medical_attention "
        # … said with "care", or in a timeline's present: "two of them need hospital care".
        f"{_needing_care()} "
        # … or a stay in hospital: "40 of whom required hospitalisation".
        "required_hospitalisation required_hospitalization needed_hospitalisation "
        "needed_hospitalization "
        # Who sought help after the event were hurt in it, as «обратились за медицинской
        # помощью»: "86 people sought medical help".
        "sought_medical_help sought_medical_treatment sought_medical_attention "
        "sought_medical_care sought_hospital_treatment "
        # Treatment received is for an injury ("nine protesters received medical treatment"),
        # whoever gave it: "some 20 marchers received treatment from paramedics".
        "received_medical_treatment received_hospital_treatment received_treatment_for "
        "received_treatment "
        # Fractures are injuries, as burns are: "12 of them sustained fractures". (Not yet
        # "had fractured ribs": who "of the applicants" are, named by an apposition before, is
        # not read, and the part would stand with no whole.)
        "fractures "
        # … and so are bones broken, as the one who suffered them tells it: "seven of them
        # suffered broken ribs", "three of them had broken ribs" (not "broken windows": a
        # bone must follow); in a participle clause after the act too: "…, four of them
        # suffering broken ribs".
        f"{_broken_bones('suffered sustained received had suffering sustaining')} "
        # Burns are injuries: "suffered burns", "sustained severe burns".
        "suffered_burns sustained_burns received_burns suffered_~_burns sustained_~_burns "
        # … and so after a preposition, where "burns" is the noun, not the verb of fire
        # destroying a thing: "treated 40 people for burns", "six arrived with severe burns".
        "for_burns for_~_burns with_burns with_~_burns "
        # Treated for whatever harmed them, wherever: "treated at the scene for smoke inhalation"
        # (not "treated as suspects for …").
        "treated_for treated_at_~_for treated_in_~_for treated_on_~_for "
        # … with whom they treated between: "volunteers treated 35 villagers for cuts",
        # "medics treated 40 for burns".
        "treated_~_for "
        # … or treated, the sentence ending there: "some 70 marchers were treated."
        # (not "were treated as suspects", "were treated well").
        "were_treated_. have_been_treated_. had_been_treated_. were_treated_; "
        # … or where the hurt are treated, with nothing said of what for: "dozens more treated
        # at the district hospital", "12 treated at the scene", "dozens more treated on the
        # spot by street medics" (not "treated as suspects").
        "treated_at_the_scene treated_on_the_scene treated_on_site treated_at_hospital "
        "treated_in_hospital treated_at_~_hospital treated_in_~_hospital "
        "treated_at_the_~_hospital treated_in_the_~_hospital treated_by_paramedics "
        "treated_by_medics treated_on_the_spot treated_by_~_medics treated_by_~_paramedics "
        # … in more hospitals than one: "40 people were treated in district hospitals".
        "treated_in_hospitals treated_at_hospitals treated_in_~_hospitals treated_at_~_hospitals "
        "treated_in_the_~_hospitals treated_at_the_~_hospitals "
        "number_of_wounded number_of_injured "
        # A degree of harm: "seven are in a critical condition" (a part of the hurt before),
        # "eleven patients are in intensive care".
        "in_a_critical_condition in_critical_condition in_a_serious_condition in_intensive_care "
        # … said by its initials, as hospitals write it: "six are still in ICU", "14 patients
        # are in the ICU".
        "in_icu in_the_icu "
        # Operated on after the event: "34 have undergone surgery", "nine underwent surgery"
        # (surgery is for what the event did to them).
        "undergone_surgery underwent_surgery undergoing_surgery undergone_~_surgery "
        "underwent_~_surgery "
        # Treatment received as in-patients: "of whom 57 received in-patient treatment".
        "received_in-patient_treatment received_inpatient_treatment "
        "receiving_in-patient_treatment receiving_inpatient_treatment "
        # Cut by glass the blast threw: "two nurses were cut by flying glass".
        "cut_by_flying_glass cut_by_glass cut_by_~_glass "
        # Harm that lasts: "nine of the wounded were left disabled" (what it did to them, not
        # who they were before it).
        "left_disabled left_permanently_disabled permanently_disabled disabled_for_life "
        "were_disabled became_disabled have_become_disabled maimed "
        # … and limbs or eyes lost, as mine and blast casualties are told: "two shepherds
        # lost limbs", "a boy lost both legs" (persons lost are killed: "lost two sons").
        f"{_limbs_lost()} "
        # Hurt so badly they could not walk after it: "five of whom could not walk
        # for days" (not yet "could not stand", which may be their will as much as their
        # hurt: ``test_a_part_with_a_modal_verb``).
        "could_not_walk couldn't_walk were_unable_to_walk "
        "in_serious_condition in_a_grave_condition critical_, critical_. critical_;",
        "injured",
    ),
    **each(
        "captured taken_hostage taken_captive taken_prisoner held_hostage held_captive "
        "abducted abduction abductions_of kidnapped seized_as_hostages hostage-taking captivity_of "
        "abducting kidnapping capture_of "
        # The act counted in the plural is a count of its victims: "12 abductions".
        "abductions kidnappings "
        "in_captivity remain_in_captivity remains_in_captivity being_held_captive "
        # Whose captivity: "remain in enemy captivity", "are still in Russian captivity".
        "in_enemy_captivity remain_in_~_captivity remains_in_~_captivity "
        "being_held_hostage still_held_captive still_held_hostage "
        # Held as what the takers hold: "380 servicemen are still held as prisoners of war".
        + " ".join(
            f"{before}held_as_{what}"
            for before in ("", "still_", "being_", "still_being_")
            for what in ("prisoners_of_war", "a_prisoner_of_war", "pows", "hostages", "a_hostage")
        )
        + " "
        # Persons taken away by armed men, said with "them" ("drove them off in a truck"):
        # "were led away" alone waits for what is said of their fate.
        "drove_them_off drove_them_away took_them_away led_them_away carried_them_off "
        # … or with their count: "took away five men", "took 12 villagers away".
        "took_away took_~_away carried_away carried_off "
        # … and in the passive, with the trucks or guns they were taken away with (taken
        # away "by ambulance" or "in police vans" is no capture): "30 men taken away in trucks".
        "taken_away_in_trucks taken_away_in_a_truck taken_away_in_two_trucks "
        "taken_away_in_military_trucks taken_away_in_army_trucks taken_away_at_gunpoint "
        "taken_away_by_armed_men taken_away_by_gunmen taken_away_by_soldiers "
        "taken_away_by_militants taken_away_by_fighters "
        # Forced into a vehicle by those who take them: "4 people pushed into a van",
        # "masked men bundled three students into a car".
         + _into_a_vehicle(" ".join(FORCED_INTO)),
        "captured",
    ),
    # Persons taken from a place or along with the takers are seized: "took about forty men
    # from our street", "took 12 villagers with them" (samples or hours taken are nothing).
    # Told so in a timeline's present, and taken off a bus or a convoy ("Armed men take 35
    # passengers off the convoy"); not the past "took ~ off", which a witness says of bags
    # and blindfolds before counting those already held (the clause would lend it to them).
    # Persons removed from a place by those who take them are taken from it the same way:
    # "soldiers removed 14 men from their homes" (bodies removed from rubble are no persons).
    **each(
        "seized grabbed snatched took_~_from took_~_with_them taken_from removed_~_from "
        # Every one of them, uncounted: "they took every man they found"; or a group taken
        # whole and counted after it: "they took the men, nine in all".
        "took_every_man took_all_the_men took_every_~_man took_the_men took_the_young_men "
        "took_the_boys took_our_men took_our_sons "
        "take_~_from takes_~_from take_~_off takes_~_off taken_off",
        "seize",
    ),
    # Taken by those who take captives or hold in custody: "the fate of 300 people taken by
    # armed groups", "men taken by soldiers" (taken by ambulance or by surprise is no seizure).
    **each(
        "taken_by_armed_~ taken_by_~_armed_~ taken_by_~_forces taken_by_~_~_forces "
        "taken_by_soldiers taken_by_~_soldiers taken_by_troops taken_by_~_troops "
        "taken_by_gunmen taken_by_militants taken_by_fighters taken_by_~_fighters "
        "taken_by_the_military taken_by_police taken_by_the_police",
        "seize",
    ),
    # Registered by a registrar named for a fate ("ActsApart._registered_as_named").
    **each("registered has_registered have_registered", "registered"),
    # Victims of the act named before them ("SentenceBinder._victims_of_the_act").
    **each(
        "recognised_as_victims recognized_as_victims granted_victim_status "
        "were_granted_victim_status given_victim_status",
        "victims",
    ),
    # Beating is torture as statements count it ("beaten" above): the active verb and the
    # noun, of persons only ("guards beat 12 inmates", "the beating of 30 detainees").
    **each("beat beat_up beating beatings beating_of beatings_of", "beat"),
    # Persons lost are persons killed, as a town, a family or a mother mourns them ("the town
    # has lost 40 residents to the shelling", "she lost two sons"): of persons only ("lost 3
    # tanks" is nothing of ours); losing contact or touch with persons is no fate at all.
    **each("lost", "lose"),
    **each("lost_contact_with lost_touch_with lost_track_of", "out_of_touch"),
    **each(
        "released freed set_free exchanged returned_from_captivity release_of releasing freeing "
        # The release named with another act of the same persons: "the release and transfer of".
        "release_and_~_of "
        # With its time between: "the release on 2 March of 29 fishermen".
        "release_in_~_of release_on_~_of "
        "were_returned handed_over returned_home returned_from_captivity came_home come_home "
        # Given up to the other side of a war in an exchange: "in return, 75 persons held by us
        # were transferred to the other side" (transferred alone is moved between prisons).
        "transferred_to_the_other_side handed_over_to_the_other_side "
        "transferred_to_the_opposing_side handed_over_to_the_opposing_side "
        # Brought home by others from captivity: "1,562 people have been brought home".
        "brought_home brought_back_home "
        # Returned by others (the passive), not returning of themselves: "1,610 servicemen have
        # been returned through exchanges".
        "been_returned was_returned returned_through_exchange* returned_in_exchange* "
        # The count inside: "they let two of them go".
        "let_~_go let_~_of_them_go let_~_of_us_go "
        # Pardoned prisoners leave prison, as «помилованы» and "əfv olunub" do: "four were
        # pardoned".
        "pardoned "
        # Left prison, as the freed say it: "63 political prisoners walked free".
        "walked_free walk_free",
        "released",
    ),
    # Of persons taken: "two of them came back a month later" (``resolve_category``).
    **each("came_back returned ever_returned", "return"),
    # Found alive: no figure, and no part of the fate of its whole.
    **each(
        "found_alive located_alive traced_alive found_safe located_safe found_safe_and_well "
        "rescued_alive pulled_alive pulled_~_alive turned_up_alive turned_up_safe "
        # Survived: those who lived through it ("only one of the 14 hostages survived").
        "survived survive survives came_out_alive come_out_alive",
        "alive",
    ),
    # Not found: persons, or persons whose remains were never found, are missing.
    **each(
        "not_been_found never_been_found still_not_found not_yet_been_found were_never_found "
        "was_never_found not_yet_found",
        "not_found",
    ),
    **each(
        "missing went_missing unaccounted_for whereabouts_unknown fate_unknown "
        # Not accounted for, the same in the negative: "17 passengers have still not been
        # accounted for" (the bare verb, "children accounted for 17 of them", is a share).
        "not_been_accounted_for not_yet_been_accounted_for never_been_accounted_for "
        "not_accounted_for "
        "fate_is_unknown fate_was_unknown fate_remained_unknown fates_are_unknown "
        "fates_remain_unknown whereabouts_are_unknown whereabouts_remained_unknown "
        "whereabouts_remain_unknown fate_remains_unknown fate_of_~~_remains_unknown "
        "fate_of_~~_is_unknown fate_of_~~_remain_unknown "
        "whereabouts_of_~~_unknown not_been_seen_since not_seen_since "
        "never_seen_again not_been_seen_again never_been_seen_again not_been_heard_from "
        "never_heard_from_again "
        # Never back from where they went or were taken: "taken away and never came back"
        # ("never returned" is left out: those who fled "never returned" home).
        "never_came_back never_came_home have_never_come_back has_never_come_back "
        # … said with "not": "led off by the guards and did not come back".
        "did_not_come_back didn't_come_back have_not_come_back has_not_come_back "
        "had_not_come_back did_not_come_home have_not_come_home "
        # Never to appear again: "taken away by the security forces and never reappeared".
        "never_reappeared have_never_reappeared has_never_reappeared never_resurfaced "
        # "still" inside the phrase: "the fate of the remaining 1,075 is still unknown".
        "fate_of_~~_is_still_unknown fate_of_~~_are_still_unknown fate_of_~~_remains_still_unknown "
        "fate_of_~~_still_unknown fates_of_~~_are_still_unknown whereabouts_are_still_unknown "
        "fate_is_still_unknown whereabouts_of_~~_are_still_unknown "
        # The perfect, with its time: "whose whereabouts have remained unknown since", "whose
        # fate has been unknown for two years".
        + " ".join(
            f"{fate}_{have}_{been}_unknown"
            for fate in ("whereabouts", "fate", "fates")
            for have in ("have", "has", "had")
            for been in ("been", "remained", "long_been", "long_remained", "since_remained")
        )
        + " "
        # Nothing heard from them since: "nobody has heard anything from the other four".
        "nobody_has_heard_from nobody_has_heard_anything_from no_one_has_heard_from "
        "no_one_has_heard_anything_from nothing_has_been_heard_from "
        # … nor reached since: "nobody has been able to reach 4 of the detained since".
        "nobody_has_been_able_to_reach no_one_has_been_able_to_reach "
        # Families who do not know what happened to their relatives: "the families of 1,640
        # people still do not know what happened to them".
        "do_not_know_what_happened_to don't_know_what_happened_to "
        "does_not_know_what_happened_to not_know_what_became_of "
        # … or where they are: "the families of 61 of them still do not know where they are".
        "not_know_where_they_are don't_know_where_they_are not_know_where_they_were "
        "nothing_has_been_heard_of nothing_has_been_heard_from "
        # Persons "still sought" (by families, by a tracing service) are not yet found.
        "still_sought still_being_sought still_searched_for still_being_searched_for "
        # … or sought by their own, as a tracing service counts them: "requests concerning 900
        # persons sought by their families".
        "sought_by_their_relatives sought_by_their_families sought_by_relatives "
        "sought_by_families sought_by_their_next_of_kin "
        # Persons still under a collapsed building are missing until they are found.
        "under_the_rubble under_the_debris under_the_ruins "
        # … and so are those trapped in it, where the sentence names the ruins
        # (``TriggerVetoes._trapped_with_no_ruins``: "trapped in the besieged city" is not).
        "trapped "
        # … and so are those the rescuers still search it for: "searching the rubble for 5 people".
        + " ".join(
            f"{verb}_{place}_for"
            for verb in ("searching", "searching_~", "searched", "search")
            for place in (
                "the_rubble",
                "the_debris",
                "the_ruins",
                # … of a building named: "searching the rubble of the east wing for".
                "the_rubble_of_the_~",
                "the_rubble_of_the_~_~",
                "the_ruins_of_the_~",
                "the_ruins_of_the_~_~",
            )
        ),
        "missing",
    ),
    # Those a search still goes on for: "the search continues for 20 more people" (persons
    # only: a search for rifles makes no one missing).
    **each(
        "search_continues_for search_is_continuing_for search_goes_on_for "
        "search_is_still_under_way_for still_searching_for still_looking_for "
        "continue_to_search_for continues_to_search_for",
        "sought",
    ),
    **each(
        "disappeared forcibly_disappeared enforced_disappearance "
        # The same, in a word of plain telling: "47 men vanished during the war".
        "vanished "
        "disappearances enforced_disappearances forced_disappearances "
        # Cases of it; and the noun with its count, as the killing of 14 is a count of the
        # killed: "charges relating to the disappearance of three prisoners" (a count of
        # persons missing is said "missing": "three hikers went missing").
        "cases_of_disappearance case_of_disappearance disappearance_of disappearances_of "
        # Taken to a place no one is told of: the mark of an enforced disappearance.
        "to_an_unknown_destination to_an_unknown_location to_unknown_destinations "
        "to_unknown_locations "
        # Last seen in the hands of the State and not seen since: "in 187 of these cases the
        # person was last seen in the custody of the security service" (where the trail
        # ends, not a holding the statement counts; "last seen being arrested" is the act).
        "last_seen_in_custody last_seen_in_~_custody last_seen_in_the_custody_of "
        "last_seen_in_the_hands_of last_seen_in_detention last_seen_in_~_detention",
        "disappeared",
    ),
    **each(
        "detained arrested imprisoned jailed held_in_detention detention_of in_custody rounded_up "
        # Whose custody it is, inside: "in police custody", "in the custody of the police".
        "in_~_custody "
        "detaining arresting imprisoning jailing arrests detentions "
        # Held pending trial: "remanded in custody", "placed in pre-trial detention".
        "remanded_in_custody remanded placed_in_~_detention placed_in_detention "
        "in_detention in_~_detention held_in_custody arrest_of arrests_of confinement_of unlawful_confinement_of "
        "imprisonment_of detention_of taken_into_custody placed_under_arrest unlawfully_held illegally_held unlawfully_detained "
        # Brought to a police station: taken into custody, whatever the stated purpose.
        "taken_to_the_police_station taken_to_a_police_station brought_to_the_police_station "
        "brought_to_a_police_station "
        # The active with its object inside: "police took 25 people into custody".
        "took_~_into_custody taking_~_into_custody takes_~_into_custody "
        # Detention named as a wrong, an act as torture is ("120 cases of arbitrary detention");
        # the bare noun names a place or a state as often ("a detention centre").
        "arbitrary_detention unlawful_detention illegal_detention incommunicado_detention "
        # Persons whose fate was unknown, traced or located where the State holds them: "six
        # were traced to the central prison months on" (not "found in": bodies are too).
        f"{_traced_to_custody()} "
        # Behind bars: "27 journalists behind bars".
        "behind_bars taken_into_detention locked_up "
        # Still held where sentences are served: "more than 9,000 remain in Israeli jails"
        # (not "sentenced to ten years in prison", a term, nor "died in prison", a place).
        "remain_in_prison remain_in_jail remain_in_prisons remain_in_jails "
        "remain_in_~_prison remain_in_~_jail remain_in_~_prisons remain_in_~_jails "
        "remains_in_prison remains_in_jail remains_in_~_prison remains_in_~_jail "
        "remained_in_prison remained_in_jail remained_in_~_prison remained_in_~_jail "
        "remained_in_prisons remained_in_jails remained_in_~_prisons remained_in_~_jails "
        # The term of human-rights law for any holding: "1,120 children were deprived of
        # liberty", "persons deprived of their liberty" (not "deprived of food").
        "deprived_of_liberty deprived_of_their_liberty deprived_of_his_liberty "
        "deprived_of_her_liberty "
        # Caught, of persons sought: "police apprehended 20 protesters", "the apprehension of".
        "apprehended apprehending apprehension_of "
        # Confined by force, the verb as well as its noun ("unlawfully confined 45 shepherds",
        # "confined 30 men in a warehouse"); not "confined to bed".
        "unlawfully_confined illegally_confined arbitrarily_confined confined_~_in "
        "confined_~_at were_confined_in",
        "detained",
    ),
    **each(
        # The noun as well as the verb: "312 cases of torture", "signs of torture on 17".
        "tortured torturing subjected_to_torture ill-treated ill-treating torture_of torture "
        # Ill-treated, in the other words reports use for it: "abused in custody".
        "mistreated mistreating mistreatment abused "
        "signs_of_torture beaten beaten_up "
        "ill-treatment subjected_to_cruel_treatment subjected_to_inhuman_treatment "
        "subjected_to_ill-treatment subjected_to_cruel_and_inhuman_treatment "
        "traces_of_torture marks_of_torture bore_signs_of_torture bore_marks_of_torture "
        # Marks of beating or of violence on a body tell the same: "the bodies bore signs of
        # beating", "at least seven of the bodies bore marks of beating and restraint".
        "signs_of_beating signs_of_beatings marks_of_beating marks_of_beatings "
        "traces_of_beating traces_of_beatings signs_of_violence marks_of_violence "
        "traces_of_violence "
        # Methods of torture named as what they were subjected to.
        "subjected_to_electric_shocks given_electric_shocks electric_shocks "
        # Beatings and mock executions as what persons were subjected to ("subjected to
        # repeated beatings"); the beating of persons alone is the trigger "beat" below.
        "subjected_to_beatings subjected_to_~_beatings subjected_to_mock_executions "
        "subjected_to_~_mock_executions subjected_to_sexual_violence "
        # A mock execution is torture, no killing: the execution in it is only staged
        # ("12 described mock executions", "a staged execution in the yard").
        "mock_execution mock_executions staged_execution staged_executions "
        "simulated_execution simulated_executions "
        # Persons who complained of beatings say they were beaten ("12 of those held
        # complained of beatings"); the complaints counted are papers (``figures.cases``).
        "complained_of_beatings complained_of_~_beatings complained_of_being_beaten "
        "lodged_complaints_of_beatings filed_complaints_of_beatings "
        # As courts find it: "subjected to treatment amounting to torture", "acts of torture".
        "treatment_amounting_to_torture subjected_to_treatment_amounting_to_torture "
        "treatment_that_amounted_to_torture subjected_to_acts_of_torture acts_of_torture "
        # Injuries a doctor or a monitor finds to fit a cause of ill-treatment are told as that
        # ill-treatment: "19 men with injuries consistent with beatings", "injuries
        # consistent with recent blows" (not "injuries consistent with a fall").
        f"{_consistent_with_ill_treatment()}",
        "tortured",
    ),
    **each(
        "displaced forcibly_displaced forced_to_flee forced_to_leave fled expelled deported "
        "deporting expelling "
        "driven_out driven_from_their_homes forced_out uprooted deportation expulsion "
        # The count may stand inside the verb phrase: "driven 12,000 people from their homes".
        "driven_~_from_their_homes forced_~_from_their_homes driven_~_from_their_villages "
        "forced_~_to_flee forced_~_to_leave_their_homes forcing_~_to_flee "
        "forcing_~_to_leave_their_homes displacing displacement_of "
        # Forced, compelled or made to leave or flee; to leave a place they only were in is
        # no flight ("to leave the stadium": ``figures.leaving``).
        f"{made_to_leave('forced forcing compelled compelling obliged', 'to_leave to_flee')} "
        f"{made_to_leave('forced compelled', 'to_abandon_their_homes to_abandon_their_villages')} "
        # … or their land, which rural people live on: "forced to abandon their land".
        f"{made_to_leave('forced compelled', 'to_abandon_their_land to_abandon_their_lands')} "
        f"{made_to_leave('made making', 'leave flee')} were_made_to_leave were_made_to_flee "
        "compelled_to_flee compelled_to_leave "
        # Took refuge elsewhere: fled there.
        "sought_refuge took_refuge found_refuge found_shelter "
        # Evacuation moves people from their homes: statements count it as displacement.
        "forced_from forced_from_their_homes evacuated evacuation_of forcibly_transferred "
        "forcible_transfer_of "
        # Moved by force ("were forcibly moved in May"): moved alone may be to a hall, or a
        # prison (``housed``), but forcibly from their homes.
        "forcibly_moved forcibly_resettled "
        # Arrivals a refugee agency registers, persons who crossed a border, persons a
        # transit centre or camp shelters: all have left their homes.
        "arrivals new_arrivals crossed_the_border crossed_into sheltering "
        # Persons who arrived at a camp or centre, or from the places they fled, and those
        # who registered at a camp: "3,500 people arrived from the eastern districts".
        "arrived registered_at have_registered_at has_registered_at "
        # A report's count of the newly displaced: "New displacement this week: 2,400 people".
        "new_displacement "
        # Left without a home, or moved on and rehoused elsewhere: "12,000 families have lost
        # their homes", "300 families had to move on", "left homeless".
        "lost_their_homes lost_their_home lost_their_houses made_homeless left_homeless "
        # With the count inside, or left without a roof: "leaving 300 people homeless",
        # "leaving some 1,100 people, nearly half of them children, without shelter".
        "left_~_homeless leaving_~_homeless without_shelter without_a_roof_over_their_heads "
        # Left home or homeland: "120,000 people left their homes", "left their native land".
        "left_their_homes left_their_home left_their_villages left_their_native_land "
        "left_their_native_lands left_their_land left_their_lands left_their_homeland "
        # Left the place they lived or sheltered in: "70 families left the camp at Desh",
        # "left the town", "600 villagers left Drummach"; only with such a place named after
        # it (``figures.leaving``: not "left the hospital", "left the scene", "left behind").
        "left "
        # Left by a humanitarian corridor, as a timeline says it in the present too: "1,650
        # people leave through a humanitarian corridor" (a corridor is for flight, not a trip).
        + " ".join(
            f"{leave}_{by}_{a}humanitarian_corridor"
            for leave in ("left", "leave", "leaves", "leaving")
            for by in ("through", "via", "by", "along")
            for a in ("a_", "the_", "~_", "")
        )
        + " "
        "rendered_homeless had_to_move_on had_to_move_again had_to_leave_again relocated "
        "rehoused "
        # Given asylum abroad: refugees ("granted asylum to 75 families").
        "given_asylum_to granted_asylum_to given_asylum granted_asylum "
        # Put out of their homes by force or order: "were evicted", "the eviction of 300".
        "evicted forcibly_evicted eviction_of evictions_of forced_eviction_of "
        # With its time between the act and its object: "the eviction in August 2024 of 2,400".
        "eviction_in_~_of evictions_in_~_of eviction_on_~_of "
        # Persons put out in the passive ("85 families were turned out"); the active "turned
        # out" (to vote, to be) says nothing of a home.
        "were_turned_out was_turned_out turned_out_of_their_homes turned_~_out_of_their_homes "
        # Living in tents after losing their homes: "400 residents are living in tents".
        "living_in_tents living_~_in_tents living_~_~_in_tents"
        # Kept from going back to where they lived (by mines, by fighting): displaced, as
        # those who left are: "2,000 herders are still unable to return to their farms" (not
        # "unable to return to work").
        f" {_kept_from_home()}",
        "displaced",
    ),
    # Put up away from home (``resolve_category``): "45 residents have been moved to a sports hall".
    **each(
        "moved_to been_moved_to were_moved_to housed_in temporarily_housed accommodated_in "
        "put_up_in "
        # … and by the place that puts them up: "the centre is housing 212 people", "the hall
        # accommodates 120", or by its name: "placed in temporary accommodation", "living in
        # collective centres". (Not "hosts", which a town does for visitors, nor "houses",
        # as often the homes destroyed.)
        "is_housing are_housing was_housing were_housing accommodates accommodating "
        "placed_in_temporary_accommodation in_temporary_accommodation "
        "staying_in_collective_centres living_in_collective_centres "
        "staying_in_a_collective_centre living_in_a_collective_centre "
        # … or staying, sleeping or spending the night in a place that shelters the
        # displaced: "600 are staying in a sports hall", "some 80 sleep in the church hall",
        # "40 residents spent the night in a basement" (``_in_a_shelter``).
        f"{_in_a_shelter()}",
        "housed",
    ),
    # Found and identified: identifying remains finds them first; the figure is the
    # identified ("the remains of 40 were recovered and identified").
    **each(
        "identified identification_of found_and_identified recovered_and_identified "
        "exhumed_and_identified located_and_identified",
        "identified",
    ),
    **each("found_dead", "found_dead"),
    # Persons found in a grave were found dead: "61 were later found in a mass grave"
    # (``resolve_category``: persons only, not the cartridge cases found there).
    **each(
        "found_in_a_grave found_in_a_mass_grave found_in_a_~_grave found_in_a_~_mass_grave "
        "found_in_graves found_in_mass_graves found_in_~_graves found_in_~_mass_graves",
        "found_in_grave",
    ),
    # Kept is held, said by a witness: "they kept about 40 of us in one room" (whom they
    # keep and where is settled as for "held"; "kept alive" is nothing of the sort). So is
    # locked in somewhere: "they locked us in the mosque, about forty of us" (a door locked
    # counts no one).
    **each(
        "held still_held being_held remain_held remains_held holds holding kept still_kept "
        "being_kept locked",
        "hold",
    ),
    # Persons made to go where the takers hold them are held there: "the unit took 40 men to
    # the sawmill", "soldiers marched 25 villagers to the depot" (to a hospital or to safety
    # is care, not custody: ``TriggerVetoes._taken_to_care``).
    **each("took_~_to marched_~_to", "keep"),
    # Held to answer for a deed is no custody: "no one has been held accountable for the 45
    # deaths", "held responsible", "held to account".
    **each(
        "held_accountable held_responsible held_to_account hold_accountable hold_responsible "
        "hold_~_accountable hold_~_responsible holding_~_accountable kept_alive kept_~_alive "
        "kept_informed kept_~_informed kept_records kept_a_record kept_a_list kept_~_waiting "
        "kept_~_for_observation kept_~_in_hospital "
        # A hospital's unit for burns is no burning: "taken to the burns unit in Calder".
        "burns_unit burns_units burn_unit burns_ward burn_ward burns_centre burns_center "
        "burn_centre burn_center",
        "other_sense",
    ),
    **each(
        "wiped_out no_survivors no_survivor exterminated annihilated lost_all_of_its_members "
        "lost_all_its_members lost_all_their_members lost_all_of_their_members "
        # "In 36 families no one survived": said of families, no survivor is a family lost.
        "no_one_survived nobody_survived none_survived no_member_survived "
        "no_family_member_survived no_members_survived "
        # Said with "not" (not a single member, not one of them, ... survived): the same.
        "not_a_single_member_survived not_one_member_survived not_a_single_one_survived "
        "not_one_survived not_one_of_them_survived not_a_single_person_survived",
        "families_wiped_out",
    ),
    **each(
        "destroyed razed demolished burned burnt torched levelled leveled ruined set_on_fire "
        "set_fire_to burned_down burnt_down flattened gutted razed_to_the_ground "
        "reduced_to_rubble reduced_to_ruins reduced_to_ashes blown_up bulldozed bulldozing_of "
        # The active past of "blown up": "soldiers blew up 40 homes".
        "blew_up blowing_up "
        "destruction_of burning_of torching_of demolition_of razing_of damaged_beyond_repair "
        # Damaged or destroyed, the two told together: the destruction is among them (damage
        # alone is no figure the sets agree on).
        "damaged_or_destroyed damaged_and_destroyed",
        "destroy",
    ),
    # Collapsed, fell in: what only things do ("three houses collapsed"); so is being shot down
    # ("19 drones were shot down"), not shot ("were shot", killed above).
    **each("collapsed caved_in shot_down were_shot_down was_shot_down", "collapse"),
    # The present of a timeline or a headline: "a fire destroys 37 homes", "900 residents flee",
    # "one dies of his wounds", "police detain 40", "gunmen abduct 7", "divers recover 11
    # bodies". Not "wound", "free", "release": as often a noun or an adjective ("free meals for
    # 300", "a press release"); nor "find", which in a report concludes ("the report finds").
    **each(f"dies {present('execute')}", "killed"),
    **each(present("injure"), "injured"),
    **each(f"{present('detain arrest')} round_up rounds_up", "detained"),
    **each(present("abduct kidnap capture"), "captured"),
    **each(present("seize"), "seize"),
    **each("frees releases", "released"),
    # … and "free" before a part of those held, which no meal or noun has: "police free 40 of
    # those detained", "rebels free 12 of the hostages".
    **each("free_~_of_those free_~_of_the free_~_of_them", "released"),
    **each(present("flee deport expel evict displace"), "displaced"),
    # Set off by commas after the persons counted, what they are too: "eight nurses, themselves
    # displaced, staff the camp clinic".
    **each("themselves_displaced themselves_refugees themselves_evacuees", "displaced"),
    **each(present("destroy raze demolish torch burn bulldoze"), "destroy"),
    **each(present("recover exhume"), "find"),
    **each(
        "found discovered recovered exhumed unearthed uncovered located exhumation_of retrieved "
        # Verbs of finding count only bodies and graves (``resolve_category``), so verbs
        # of bringing bodies out may stand here: "pulled 12 bodies from the rubble".
        "pulled pulled_out brought_out dug_up counted "
        # Bodies a witness saw, or that lay somewhere, were found: "I saw at least ten bodies
        # lying in the street" (persons seen are counted by nothing of ours).
        "saw seen lying lay "
        # Remains that a grave contains are found with it: "graves containing the remains of 31".
        "containing contained contains "
        # Bodies brought to a morgue were found dead (persons brought there are not counted).
        "brought_to_the_morgue brought_to_a_morgue brought_to_~_morgue taken_to_the_morgue "
        "taken_to_~_morgue delivered_to_the_morgue delivered_to_~_morgue "
        # Bodies brought back across a border or a front line: "the remains of 57 soldiers
        # were repatriated" (persons repatriated are counted by nothing of ours).
        "repatriated",
        "find",
    ),
}
