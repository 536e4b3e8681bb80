"""Azerbaijani: words by which a text rejects a figure, finds it unproven or replaces it."""

from __future__ import annotations

from rightsledger.analysis.statements.lexicon import each, rejections

DENIALS = (
    each(
        "təkzib* yalan* həqiqətə_uyğun_deyil* həqiqəti_əks_etdirmir əsassız* "
        # Not true to reality, as not true to the truth: "… rəqəmi reallığa uyğun deyil",
        # "gerçəkliyə uyğun deyil".
        "reallığa_uyğun_deyil* gerçəkliyə_uyğun_deyil* reallığı_əks_etdirmir "
        # No longer current, outdated: "… rəqəmi köhnə məlumatlara əsaslanır və hazırda
        # aktual deyil".
        "aktual_deyil* aktuallığını_itirib* köhnəlib* "
        # A figure made precise later, so replaced: "ilkin mərhələdə göstərilmiş 30 ölü
        # rəqəmi sonradan dəqiqləşdirilib" (not "ölənlərin sayı sonradan dəqiqləşdirilib və 41
        # nəfər olub", which gives the precise one).
        "rəqəmi_sonradan_dəqiqləşdiril* rəqəmi_sonra_dəqiqləşdiril* "
        "sübut_olunmayıb sübut_olunmamış* sübuta_yetirilməyib sübuta_yetirilməmiş* "
        "sübut_edilməyib təsdiqini_tapmayıb təsdiqini_tapmamış* təsdiq_olunmayıb "
        # The same as a reason, in the converb: "… dəlilləri təsdiqini tapmadığından qəbul
        # edilməmişdir" (not accepted, since not borne out).
        "təsdiqini_tapmadığ* "
        # No evidence that bears the figure out: "… məlumatları təsdiq edən heç bir sübut
        # aşkar etməyib".
        "təsdiq_edən_heç_bir_sübut* təsdiqləyən_heç_bir_sübut* "
        # Not held proven by who judges: "… qətlə yetirilməsini sübuta yetirilmiş hesab etmir".
        "sübuta_yetirilmiş_hesab_etmir* sübut_olunmuş_hesab_etmir* sübut_edilmiş_hesab_etmir* "
        "sübuta_yetirilmiş_hesab_etməyib* sübut_olunmuş_hesab_etməyib* "
        # "… iddiası qəbul edilə bilməz": refused by who speaks.
        "qəbul_edilə_bilməz qəbul_oluna_bilməz "
        # Claims turned down: "daha iki nəfərin ölümü ilə bağlı müraciətlər rədd edilib".
        "rədd_edil* rədd_olun* "
        # "xəbərlər hələ təsdiqlənməyib": unconfirmed, not yet a claim.
        "təsdiqlənməyib təsdiqlənməmiş* təsdiq_edilməyib təsdiq_edilməmiş* "
        # The present: "… rəqəmi arxiv sənədləri ilə təsdiqlənmir" (is not borne out).
        "təsdiqlənmir* təsdiq_edilmir* təsdiq_olunmur* "
        "təsdiq_edə_bilməyib təsdiqləyə_bilməyib təsdiq_edə_bilmir* "
        # "uydurmadır": made up, a fabrication.
        "uydurma* "
        # A figure the text says it replaces, in the pluperfect of reporting ("xəbərdə 11
        # nəfərin öldüyü bildirilmişdi", "had been reported"), or said by mistake ("səhvən
        # göstərilib"): the corrected figure stands in its own clause.
        "bildirilmişdi xəbər_verilmişdi qeyd_edilmişdi qeyd_olunmuşdu göstərilmişdi "
        # The past of reporting after "at first": "Əvvəlcə 12 nəfərin həlak olduğu
        # bildirilirdi", the figure a later one replaces.
        "əvvəlcə_~_bildirilirdi ilkin_olaraq_~_bildirilirdi əvvəlcə_~_deyilirdi "
        # "Məqalənin əvvəlki versiyasında 25 nəfər …": a version the text replaces.
        "əvvəlki_versiya* ilkin_versiya* "
        "yazılmışdı səhvən_göstəril* səhvən_bildiril* səhvən_yazıl* yanlış_olaraq_göstəril* "
        "yanlış_olaraq_bildiril* "
        # The wrong number between: "yaralıların sayı səhvən 16 göstərilib".
        "səhvən_~_göstəril* səhvən_~_bildiril* səhvən_~_yazıl*",
        "denial",
    )
    # The active pluperfect, the source named: "televiziya ölənlərin sayını 11 nəfər kimi
    # göstərmişdi" gave the number a newer one replaces; "hakimiyyət 20 nəfərin öldüyünü
    # bildirmişdi" told of deaths, an earlier toll that stands (``Denials._denied_tokens``).
    | each(
        "bildirmişdi xəbər_vermişdi qeyd_etmişdi göstərmişdi yazmışdı açıqlamışdı "
        # … and the writer's own, in the first person: "2/-də yazmışdım ki, ölənlərdən ikisi
        # uşaqdır" (I had written that …), as a thread's correction of its earlier post.
        "bildirmişdim bildirmişdik qeyd_etmişdim qeyd_etmişdik göstərmişdim göstərmişdik "
        "yazmışdım yazmışdıq açıqlamışdıq",
        "earlier_report",
    )
    # A correction that gives the right figure after a wrong one: "dəqiqləşdirilmiş
    # məlumata əsasən, yaralananların sayı 11 nəfərdir".
    | each("dəqiqləşdirilmiş_məlumat* dəqiqləşdirilmiş_rəqəm* düzgün_rəqəm*", "corrects")
    | rejections(
        # The object comes before the verb: "bu rəqəmi təkzib edir", "həmin məlumatı rədd edib".
        "təkzib* rədd* qəbul_etmir* qəbul_etməyib*",
        "bu_rəqəm*_{verb} həmin_rəqəm*_{verb} bu_məlumat*_{verb} həmin_məlumat*_{verb}",
    )
    | rejections(
        # The demonstrative as subject: "…, lakin bu məlumat təsdiqini tapmayıb".
        "təsdiqini_tapmayıb təsdiqlənməyib təsdiq_olunmayıb təsdiq_edilməyib yalandır "
        "həqiqətə_uyğun_deyil həqiqəti_əks_etdirmir reallığa_uyğun_deyil "
        # The present: "Bu rəqəm təsdiqini tapmır".
        "təsdiqini_tapmır təsdiqlənmir təsdiq_olunmur",
        "bu_məlumat_{verb} həmin_məlumat_{verb} bu_xəbər_{verb} bu_iddia_{verb} "
        "bu_rəqəm_{verb} həmin_rəqəm_{verb}",
    )
    | rejections(
        # Called invented, with an adverb between: "Bu rəqəm tamamilə uydurmadır".
        "uydurmadır uydurmadırlar yalandır əsassızdır",
        "bu_rəqəm_~_{verb} həmin_rəqəm_~_{verb} bu_məlumat_~_{verb} həmin_məlumat_~_{verb} "
        "bu_rəqəmlər_~_{verb} bu_iddia_~_{verb}",
    )
    | rejections(
        # The bare demonstrative, answering the figure just given: "Bu, həqiqətə uyğun deyil.",
        # and of a second figure after a first: "bu da doğru deyil" (this is not true either).
        "həqiqətə_uyğun_deyil həqiqəti_əks_etdirmir reallığa_uyğun_deyil yalandır əsassızdır "
        "doğru_deyil",
        "bu_,_{verb} bu_{verb} bu_da_{verb}",
    )
)
