"""English: words by which a text rejects a figure, finds it unproven or replaces it."""

from __future__ import annotations

from rightsledger.analysis.statements.lexicon import each, rejections

DENIALS = (
    each(
        "denied_that denies_that deny_that denied_reports denied_claims denied_allegations "
        "rejected_reports rejected_claims rejected_allegations dismissed_reports "
        "dismissed_claims is_false are_false were_false was_false is_untrue are_untrue "
        "were_untrue unfounded baseless unproven not_been_proven not_been_proved not_proven not_proved "
        "failed_to_prove no_evidence_that not_satisfied_that not_established_that "
        "not_been_established "
        # A figure the record does not bear out, or that its reader refuses: "estimates of up
        # to 15,000 are not supported by the record", "does not accept the figure of 120,000".
        "not_supported_by not_borne_out does_not_accept do_not_accept did_not_accept "
        "is_not_accepted are_not_accepted was_not_accepted were_not_accepted "
        # "… that only six died is contradicted by the certificates and cannot be accepted".
        "cannot_be_accepted can_not_be_accepted could_not_be_accepted is_contradicted_by "
        # A figure the text says is out of date: "an estimate of 12 wounded … is outdated".
        "is_superseded are_superseded was_superseded were_superseded is_outdated are_outdated "
        "is_out_of_date are_out_of_date "
        # Claims a board or court turns down: "the applications of four more families were dismissed".
        "are_rejected were_rejected is_rejected was_rejected are_dismissed were_dismissed "
        "is_dismissed was_dismissed "
        "are_contradicted_by was_contradicted_by were_contradicted_by is_untenable "
        "are_untenable "
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
        "is_simply_wrong are_simply_wrong is_plainly_wrong are_plainly_wrong is_just_wrong "
        # Not true: "the line that 'nobody has been detained' is simply not true".
        "is_not_true are_not_true was_not_true were_not_true is_simply_not_true "
        "are_simply_not_true "
        # Wrong, or wrong as well: "a second claim, that no one was evacuated, is also wrong".
        "is_wrong are_wrong was_wrong were_wrong is_also_wrong are_also_wrong is_incorrect "
        "are_incorrect is_also_false are_also_false is_also_untrue are_also_untrue "
        # A figure the text says it replaces: "an earlier version of this story said 12",
        # "was erroneously reported as 12" (the corrected figure stands in its own clause).
        "an_earlier_version earlier_version_of earlier_versions_of previously_reported_that "
        # A live blog's own earlier entries: "Correction: an earlier post said 43 injured."
        "an_earlier_post an_earlier_update a_previous_post a_previous_update an_earlier_entry "
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
    | each(
        "earlier_figure_of previous_figure_of initial_figure_of original_figure_of "
        "earlier_toll_of previous_toll_of earlier_estimate_of previous_estimate_of "
        "earlier_count_of previous_count_of",
        "replaced",
    )
    # "Contrary to reports that six people died, no one was killed": the reports rejected
    # are the opening phrase, up to its comma; the clause after it is the speaker's own.
    | each(
        "contrary_to_reports contrary_to_claims contrary_to_rumours contrary_to_rumors "
        "contrary_to_allegations contrary_to_earlier_reports "
        # Whatever else spread the figure: "contrary to posts circulating online that …".
        "contrary_to_posts contrary_to_online_posts contrary_to_social_media_posts "
        "contrary_to_media_reports contrary_to_accounts contrary_to_statements "
        "contrary_to_messages contrary_to_videos",
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
        "is_untrue are_untrue "
        # Out of date, after the figure's own clause: "…, but that figure is now outdated".
        "is_outdated are_outdated is_now_outdated are_now_outdated is_out_of_date "
        "are_out_of_date has_been_superseded have_been_superseded",
        "this_information_{verb} this_report_{verb} these_reports_{verb} this_claim_{verb} "
        "these_claims_{verb} this_figure_{verb} these_figures_{verb} that_figure_{verb} "
        "those_figures_{verb} this_count_{verb} that_count_{verb}",
    )
    | rejections(
        # A demonstrative subject called wrong: "That figure is not correct", "these
        # numbers are exaggerated".
        "is_not_correct is_incorrect is_not_accurate is_inaccurate is_not_true is_wrong "
        "is_exaggerated are_not_correct are_incorrect are_not_accurate are_inaccurate "
        "are_not_true are_wrong are_exaggerated is_a_fabrication are_a_fabrication is_a_lie "
        "is_made_up are_made_up is_false are_false is_simply_false are_simply_false is_untrue "
        "is_simply_untrue "
        # Told in the past, by who gave it: "the mayor's office says that figure was given in
        # error", "that number was a mistake", "the figure has been withdrawn".
        "was_given_in_error were_given_in_error was_given_by_mistake was_issued_in_error "
        "was_published_in_error was_an_error was_a_mistake was_wrong was_incorrect "
        "was_not_correct was_inaccurate was_not_accurate was_false was_untrue "
        "has_been_withdrawn was_withdrawn have_been_withdrawn were_withdrawn "
        "has_since_been_withdrawn have_since_been_withdrawn",
        "that_figure_{verb} this_figure_{verb} the_figure_{verb} that_number_{verb} "
        "this_number_{verb} that_report_{verb} this_report_{verb} that_claim_{verb} "
        "those_figures_{verb} these_figures_{verb} those_reports_{verb} these_reports_{verb} "
        "those_numbers_{verb} these_numbers_{verb} "
        # The figure named by its number, with a few words of whose it is: "The figure of
        # 2,000 cited in the press is not accurate" (``_reject_figures_named``).
        "the_figure_of_~_{verb} the_number_of_~_{verb}",
    )
    # A correction that gives the right figure after a wrong one: "The correct figure is
    # seven" rejects the figure before it (the correction's own figure stands).
    | each(
        "the_correct_figure the_correct_number the_correct_toll the_actual_figure "
        "the_accurate_figure the_corrected_figure the_corrected_number the_corrected_toll",
        "corrects",
    )
    | rejections(
        # The bare demonstrative, answering the figure just given: "That is simply untrue."
        # … or "This is not so." after a claim quoted ("… 'no child has been held'.").
        "untrue false not_true a_lie nonsense not_so simply_not_so",
        "that_is_{verb} this_is_{verb} that's_{verb} that_is_simply_{verb} "
        "that_is_completely_{verb} that_is_just_{verb} that_is_absolutely_{verb} "
        "this_is_simply_{verb} this_is_completely_{verb}",
    )
)
