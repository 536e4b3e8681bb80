"""Reading a statement: tokens, dates, instruments, quantities, figures, places."""

from __future__ import annotations

from rightsledger.analysis.statements.aid_staff import mark_aid_staff
from rightsledger.analysis.statements.all_of_them import add_fates_of_all_of_them
from rightsledger.analysis.statements.all_of_those_counted import nest_all_of_those_counted
from rightsledger.analysis.statements.allegations import drop_superseded_allegations
from rightsledger.analysis.statements.among_a_fate_named_first import nest_among_a_fate_named_first
from rightsledger.analysis.statements.among_a_fate_uncounted import (
    count_persons_among_a_fate_uncounted,
)
from rightsledger.analysis.statements.among_them_nearest import nest_among_them_in_their_sentence
from rightsledger.analysis.statements.among_those_who import nest_among_those_who
from rightsledger.analysis.statements.another_part import (
    nest_another_of_a_part,
    nest_fate_of_another_after_a_part,
)
from rightsledger.analysis.statements.answers import answer_questions
from rightsledger.analysis.statements.answers_among import nest_answers_among
from rightsledger.analysis.statements.apposed_parts import give_apposed_parts_their_predicate
from rightsledger.analysis.statements.arrests_for_days import nest_arrests_for_days
from rightsledger.analysis.statements.arrivals_at_work import drop_arrivals_at_work
from rightsledger.analysis.statements.bodies_carried import count_bodies_carried_as_killed
from rightsledger.analysis.statements.breakdowns import nest_place_breakdowns
from rightsledger.analysis.statements.civilians import mark_civilians
from rightsledger.analysis.statements.comparisons import add_figures_compared
from rightsledger.analysis.statements.corrections import (
    drop_corrected,
    drop_corrected_in_a_line,
    drop_corrections_said_again,
    drop_named_wrong,
    drop_said_by_mistake,
)
from rightsledger.analysis.statements.counted_entries import join_counted_entries
from rightsledger.analysis.statements.counted_places import (
    mark_places_of_events,
    mark_places_of_persons,
)
from rightsledger.analysis.statements.counted_twice import drop_counted_twice
from rightsledger.analysis.statements.counts_at_an_earlier_moment import (
    add_counts_at_an_earlier_moment,
)
from rightsledger.analysis.statements.cumulative import add_running_totals
from rightsledger.analysis.statements.date_points import month_tokens
from rightsledger.analysis.statements.dates import find_dates
from rightsledger.analysis.statements.destroyed_said_once import (
    carry_destroyed_things,
    drop_persons_taken_for_things,
)
from rightsledger.analysis.statements.disappearances import mark_disappearances
from rightsledger.analysis.statements.driven_away_from_the_held import disappear_the_driven_away
from rightsledger.analysis.statements.earlier_fates import nest_under_earlier_fates
from rightsledger.analysis.statements.earlier_reports import nest_parts_under_the_toll_as_it_stands
from rightsledger.analysis.statements.families_in_persons import count_families_in_persons
from rightsledger.analysis.statements.figures import Figure, SentenceBinder
from rightsledger.analysis.statements.first_person import nest_parts_of_us
from rightsledger.analysis.statements.foreign_nationals import foreign_nationals_only_as_a_part
from rightsledger.analysis.statements.forensic_counts import add_forensic_counts
from rightsledger.analysis.statements.found_alive_after_a_dash import drop_found_alive_after_a_dash
from rightsledger.analysis.statements.found_alive_and_dead import (
    find_the_dead_found_with_the_living,
)
from rightsledger.analysis.statements.further_of_the_same import add_further_of_the_same
from rightsledger.analysis.statements.graves_named_after import add_graves_named_after
from rightsledger.analysis.statements.groups_spared import count_groups_spared
from rightsledger.analysis.statements.handed_over import count_handed_over_as_released
from rightsledger.analysis.statements.headline_questions import (
    drop_headline_questions,
    drop_questions_answered_no,
)
from rightsledger.analysis.statements.held_among_the_freed import (
    free_the_held_among_the_freed,
    free_the_parts_once_held,
)
from rightsledger.analysis.statements.held_by_the_armed import capture_the_held_by_the_armed
from rightsledger.analysis.statements.held_where_taken import add_held_where_taken
from rightsledger.analysis.statements.homes_of_the_counted import (
    displace_the_owners_of_homes_destroyed,
)
from rightsledger.analysis.statements.hospital_visits import drop_visitors_of_whom_some_hurt
from rightsledger.analysis.statements.identified_of_the_found import nest_identified_in_the_found
from rightsledger.analysis.statements.included_in_the_totals import nest_incidents_in_the_totals
from rightsledger.analysis.statements.instruments import find_instruments
from rightsledger.analysis.statements.interviews import drop_interviewees
from rightsledger.analysis.statements.items_on_lines import run_in_items
from rightsledger.analysis.statements.kinds_of_one_noun import lend_nouns_to_kinds_before
from rightsledger.analysis.statements.labels import name_labelled_counts
from rightsledger.analysis.statements.language import LANGUAGES, detect_language
from rightsledger.analysis.statements.leaving_together import add_persons_who_left_together
from rightsledger.analysis.statements.led_away_unseen import mark_led_away_unseen
from rightsledger.analysis.statements.lexicon import lexicon
from rightsledger.analysis.statements.marks_on_bodies_found import nest_marked_bodies_in_the_found
from rightsledger.analysis.statements.model import DraftClaim, Reading
from rightsledger.analysis.statements.more_of_them import carry_group_to_more
from rightsledger.analysis.statements.morphology import annotate
from rightsledger.analysis.statements.name_lists import name_counted_names, nest_listed_parts
from rightsledger.analysis.statements.no_adults_among_children import lift_adults_out_of_children
from rightsledger.analysis.statements.none_among_a_group import mark_nones_among_a_group
from rightsledger.analysis.statements.none_seen_since import disappear_the_taken_none_seen_since
from rightsledger.analysis.statements.none_unseen import drop_nones_never_seen
from rightsledger.analysis.statements.nothing_heard_of_the_rest import add_the_rest_heard_nothing_of
from rightsledger.analysis.statements.nothing_known_of_the_taken import unknown_fate_of_the_taken
from rightsledger.analysis.statements.noun_before_count import name_counts_after_their_group
from rightsledger.analysis.statements.officers import mark_police_officers
from rightsledger.analysis.statements.one_of_them import drop_one_of_them_in_their_state
from rightsledger.analysis.statements.other_sex import unnest_the_other_sex
from rightsledger.analysis.statements.paired_groups import join_paired_groups
from rightsledger.analysis.statements.parts_keep_their_group import carry_the_group_to_parts
from rightsledger.analysis.statements.parts_listed_under_the_counted import (
    nest_parts_listed_under_the_counted,
)
from rightsledger.analysis.statements.parts_named_by_their_act import (
    nest_in_the_part_named_by_its_act,
)
from rightsledger.analysis.statements.parts_of_a_group_named import nest_in_the_group_named
from rightsledger.analysis.statements.parts_of_things import nest_parts_of_things
from rightsledger.analysis.statements.pits_of_the_dead import name_pits_of_the_dead
from rightsledger.analysis.statements.places import find_places
from rightsledger.analysis.statements.plain_columns import mark_layout
from rightsledger.analysis.statements.possessed_injuries import injure_the_possessors
from rightsledger.analysis.statements.prisoners import mark_prisoners
from rightsledger.analysis.statements.prospects import drop_prospects
from rightsledger.analysis.statements.quantities import find_quantities
from rightsledger.analysis.statements.quoted_counts import unquote_counts
from rightsledger.analysis.statements.relative_clauses import give_fates_of_relative_clauses
from rightsledger.analysis.statements.relatives_of_victims import drop_relatives_of_victims
from rightsledger.analysis.statements.released_told_first import nest_released_told_first
from rightsledger.analysis.statements.remains_belonging import give_remains_their_owners
from rightsledger.analysis.statements.repeats import (
    drop_headline_bounds,
    drop_headline_repeats,
    drop_headline_zeros,
)
from rightsledger.analysis.statements.requests_to_trace import nest_requests_in_the_sought
from rightsledger.analysis.statements.results_of_an_act import nest_the_results_of_an_act
from rightsledger.analysis.statements.said_of_them import add_counts_they_are_said_of
from rightsledger.analysis.statements.seized_by_custodians import mark_seized_by_custodians
from rightsledger.analysis.statements.shared_predicates import share_gapped_predicates
from rightsledger.analysis.statements.sheltered_of_the_displaced import (
    nest_the_sheltered_in_the_displaced,
)
from rightsledger.analysis.statements.siblings_of_a_part_told_first import (
    nest_siblings_of_a_part_told_first,
)
from rightsledger.analysis.statements.sites_of_the_dead import (
    add_sites_found_at,
    drop_sites_of_no_dead,
)
from rightsledger.analysis.statements.states_of_no_fate import drop_parts_in_a_state_of_no_fate
from rightsledger.analysis.statements.sums import nest_parts_summed_up
from rightsledger.analysis.statements.tables import read_tables
from rightsledger.analysis.statements.taken_by_count_alone import add_counts_taken_alone
from rightsledger.analysis.statements.taken_in_the_passive import add_persons_taken_in_the_passive
from rightsledger.analysis.statements.tens_of_them import mark_tens_of_them
from rightsledger.analysis.statements.the_struck_of_a_group import (
    carry_the_group_of_the_dead_to_the_wounded,
)
from rightsledger.analysis.statements.their_number_again import drop_their_number_said_again
from rightsledger.analysis.statements.this_figure_then import give_this_figure_its_group
from rightsledger.analysis.statements.tokens import Token, sentences, tokenize
from rightsledger.analysis.statements.toll_steps import drop_steps_of_a_toll
from rightsledger.analysis.statements.traits_of_bodies import drop_traits_of_bodies_found
from rightsledger.analysis.statements.unaccompanied_children import add_unaccompanied_children
from rightsledger.analysis.statements.unknown_fates import (
    add_counts_of_unknown_fate,
    drop_fates_made_known,
)
from rightsledger.analysis.statements.updates import drop_updated
from rightsledger.analysis.statements.victims_broken_down import drop_victims_broken_down
from rightsledger.analysis.statements.wholes_named_again import merge_wholes_named_again
from rightsledger.analysis.statements.zeros_again import drop_zeros_said_again
from rightsledger.analysis.statements.zeros_of_a_group import unnest_zeros_of_a_group

_VAGUE_TAIL = (" of", " из", " от")


def read_statement(text: str, language: str = "auto") -> Reading:
    """Draft claims, dates, places and instruments of ``text`` (en, ru, az or auto)."""
    if language != "auto" and language not in LANGUAGES:
        raise ValueError(
            f"unknown language {language!r}: give one of {', '.join(LANGUAGES)} or auto"
        )
    language = detect_language(text) if language == "auto" else language
    tokens = join_counted_entries(mark_layout(text, tokenize(text)))
    annotate(tokens, language)
    mark_tens_of_them(tokens, language)
    lex = lexicon(language)
    tokens = run_in_items(tokens, lex)
    tokens = unquote_counts(tokens, language)
    dates, date_tokens = find_dates(text, tokens, language)
    instruments = find_instruments(text)
    titles = frozenset(
        k
        for mention in instruments
        for k, t in enumerate(tokens)
        if mention.span[0] <= t.start < mention.span[1]
    )
    masked = set(date_tokens) | titles
    quantities = find_quantities(tokens, lex, language, masked)
    quantities = count_groups_spared(tokens, quantities, lex, language)
    name_labelled_counts(tokens, quantities, lex, frozenset(date_tokens))
    name_counts_after_their_group(tokens, quantities, lex, language)
    join_paired_groups(tokens, quantities, lex)
    lend_nouns_to_kinds_before(tokens, quantities)
    name_pits_of_the_dead(tokens, quantities, language)
    share_gapped_predicates(tokens, quantities, language)
    listed_parts = name_counted_names(tokens, quantities, lex, language)
    answer_questions(tokens, quantities, lex)
    give_fates_of_relative_clauses(tokens, quantities, lex, language)
    mark_places_of_persons(tokens, quantities, language)
    mark_places_of_events(tokens, quantities, lex, language)
    tables = read_tables(tokens, quantities, lex)
    quantities = [q for q in quantities if q.first not in tables.cells]
    figures: list[Figure] = []
    unbound: list[Figure] = []
    rejected: list[Figure] = []
    times = frozenset(date_tokens) | month_tokens(text, tokens, language)
    for span in sentences(tokens):
        figures.extend(tables.within(span))
        # The words of an instrument's title ("Convention against Torture") name no act.
        binder = SentenceBinder(
            tokens, span, quantities, lex, language, figures, titles, unbound, rejected, times
        )
        figures.extend(add_running_totals(tokens, span, quantities, binder.bind(), language, lex))
        unbound, rejected = binder.unbound, binder.rejected
    figures = add_graves_named_after(tokens, quantities, figures, lex)
    figures = add_held_where_taken(tokens, quantities, figures, lex, language)
    figures = add_persons_who_left_together(tokens, quantities, figures, language)
    figures = add_unaccompanied_children(tokens, quantities, figures, language)
    figures = add_forensic_counts(tokens, quantities, figures, language)
    figures = add_further_of_the_same(tokens, quantities, figures, lex, language)
    figures = add_counts_taken_alone(tokens, quantities, figures, language)
    figures = add_persons_taken_in_the_passive(tokens, quantities, figures, language)
    figures = add_the_rest_heard_nothing_of(tokens, quantities, figures, language)
    figures = add_counts_of_unknown_fate(tokens, quantities, figures, lex, language)
    figures = add_counts_they_are_said_of(tokens, quantities, figures, lex, language)
    figures = add_fates_of_all_of_them(tokens, quantities, figures, lex, language)
    figures = nest_among_those_who(tokens, quantities, figures, lex, language)
    figures = count_persons_among_a_fate_uncounted(tokens, figures, lex, language)
    figures = add_sites_found_at(tokens, quantities, figures)
    figures = drop_sites_of_no_dead(tokens, figures)
    figures = drop_headline_repeats(tokens, figures)
    figures = drop_headline_questions(tokens, figures)
    figures = drop_questions_answered_no(tokens, figures)
    figures = drop_headline_zeros(tokens, figures)
    figures = drop_headline_bounds(tokens, figures)
    figures = drop_zeros_said_again(tokens, figures)
    figures = drop_nones_never_seen(tokens, figures, language)
    figures = drop_visitors_of_whom_some_hurt(tokens, figures, language)
    nest_listed_parts(figures, listed_parts)
    nest_place_breakdowns(tokens, figures, language, frozenset(date_tokens))
    nest_under_earlier_fates(tokens, figures, lex, language)
    nest_arrests_for_days(tokens, figures, lex, language)
    nest_answers_among(tokens, figures, lex, language)
    nest_another_of_a_part(tokens, figures, language)
    nest_fate_of_another_after_a_part(tokens, figures, lex, language)
    nest_parts_of_things(tokens, figures, lex, language)
    carry_destroyed_things(figures)
    figures = drop_persons_taken_for_things(figures)
    count_bodies_carried_as_killed(tokens, figures, language)
    mark_prisoners(tokens, figures, lex)
    mark_police_officers(tokens, figures, language)
    mark_aid_staff(tokens, figures, language)
    free_the_held_among_the_freed(tokens, figures, language)
    free_the_parts_once_held(tokens, figures, language)
    injure_the_possessors(tokens, figures, lex, language)
    nest_the_results_of_an_act(tokens, figures, language)
    displace_the_owners_of_homes_destroyed(tokens, figures, language)
    mark_civilians(tokens, figures)
    mark_nones_among_a_group(tokens, figures, lex, language)
    carry_group_to_more(tokens, figures, language)
    carry_the_group_of_the_dead_to_the_wounded(tokens, figures, lex, language)
    carry_the_group_to_parts(tokens, figures, language)
    mark_seized_by_custodians(tokens, figures, language)
    capture_the_held_by_the_armed(tokens, figures, language)
    nest_among_them_in_their_sentence(tokens, figures, language)
    nest_in_the_part_named_by_its_act(tokens, figures, language)
    nest_among_a_fate_named_first(tokens, figures, language)
    give_apposed_parts_their_predicate(tokens, figures, lex, language)
    nest_siblings_of_a_part_told_first(tokens, figures, language)
    unknown_fate_of_the_taken(tokens, figures, language)
    figures = disappear_the_taken_none_seen_since(tokens, figures, language)
    mark_disappearances(tokens, figures, lex, language)
    figures = mark_led_away_unseen(tokens, quantities, figures, lex, language)
    # A fate settled only now («Судьба семерых задержанных, содержавшихся в подвале, не
    # установлена»: held, then of unknown fate) makes its count a part of the earlier one.
    nest_under_earlier_fates(tokens, figures, lex, language)
    nest_parts_of_us(tokens, figures, language)
    nest_all_of_those_counted(tokens, figures, language)
    disappear_the_driven_away(tokens, figures, language)
    nest_parts_summed_up(tokens, figures, language)
    nest_released_told_first(figures)
    nest_requests_in_the_sought(tokens, figures, language)
    nest_parts_under_the_toll_as_it_stands(tokens, figures, language)
    nest_marked_bodies_in_the_found(tokens, figures, lex, language)
    nest_identified_in_the_found(figures, language)
    give_remains_their_owners(tokens, figures, lex, language)
    # Remains given their owners only now may have taken a whole an earlier report gave.
    nest_parts_under_the_toll_as_it_stands(tokens, figures, language)
    find_the_dead_found_with_the_living(tokens, figures, language)
    # Parts nested only since (the anaphora «все пятеро» of a part of children) are of its group.
    carry_the_group_to_parts(tokens, figures, language)
    nest_incidents_in_the_totals(tokens, figures, language)
    nest_the_sheltered_in_the_displaced(tokens, figures)
    nest_in_the_group_named(tokens, figures, lex, language)
    nest_parts_listed_under_the_counted(tokens, figures, language)
    unnest_the_other_sex(figures)
    lift_adults_out_of_children(figures)
    figures = count_families_in_persons(tokens, quantities, figures)
    figures = drop_victims_broken_down(tokens, figures, language)
    figures = merge_wholes_named_again(tokens, figures, language)
    figures = drop_prospects(tokens, figures, language)
    figures = drop_corrected(tokens, figures, language)
    figures = drop_corrected_in_a_line(tokens, figures, language)
    figures = drop_corrections_said_again(tokens, figures, language)
    figures = drop_named_wrong(tokens, quantities, figures, language)
    figures = drop_said_by_mistake(tokens, quantities, figures, language)
    figures = drop_updated(tokens, figures, language)
    figures = drop_steps_of_a_toll(tokens, figures, language)
    figures = drop_counted_twice(tokens, figures, language)
    figures = drop_their_number_said_again(tokens, figures, language)
    figures = drop_parts_in_a_state_of_no_fate(tokens, figures, language)
    figures = drop_fates_made_known(tokens, figures, lex, language)
    figures = drop_superseded_allegations(tokens, figures)
    figures = drop_interviewees(tokens, figures, language)
    figures = drop_relatives_of_victims(tokens, figures, language)
    figures = drop_found_alive_after_a_dash(tokens, figures, language)
    figures = drop_traits_of_bodies_found(tokens, figures, language)
    figures = drop_arrivals_at_work(tokens, figures, language)
    if language == "az":
        figures = drop_one_of_them_in_their_state(tokens, figures, lex)
    figures = add_figures_compared(tokens, quantities, figures, language)
    figures = add_counts_at_an_earlier_moment(tokens, quantities, figures, language)
    give_this_figure_its_group(tokens, figures, language)
    count_handed_over_as_released(tokens, figures)
    foreign_nationals_only_as_a_part(figures)
    unnest_zeros_of_a_group(figures, tables.cells)
    return Reading(
        language=language,
        claims=_claims(text, tokens, figures),
        dates=tuple(dates),
        places=tuple(find_places(text, tokens, language, masked)),
        instruments=tuple(instruments),
    )


# Marks a phrase may take to know its word ends a clause; the figure's words stop before them.
_SEPARATORS = frozenset({",", ".", ";"})


def _claims(text: str, tokens: list[Token], figures: list[Figure]) -> tuple[DraftClaim, ...]:
    index = {id(f): k for k, f in enumerate(figures)}
    claims: list[DraftClaim] = []
    for figure in figures:
        quantity = figure.quantity
        last = figure.last
        while last > figure.first and tokens[last].text in _SEPARATORS:
            last -= 1  # a word matched with the mark after it ("3 critical.") ends before it
        start, end = tokens[figure.first].start, tokens[last].end
        words = quantity.qualifier_words
        if quantity.qualifier == "vague":
            for tail in _VAGUE_TAIL:
                words = words.removesuffix(tail)
        claims.append(
            DraftClaim(
                category=figure.category,
                subgroup=figure.subgroup,
                count=quantity.count,
                count_low=quantity.low,
                count_high=quantity.high,
                qualifier=quantity.qualifier,
                as_stated=text[start:end],
                start=start,
                end=end,
                parent=index.get(id(figure.parent)) if figure.parent is not None else None,
                qualifier_words=words,
            )
        )
    return tuple(claims)
