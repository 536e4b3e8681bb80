"""Azerbaijani: stems matched by prefix, since every word carries its endings."""

from __future__ import annotations

from rightsledger.analysis.statements.lexicon import (
    BODY,
    FAMILY,
    GRAVE,
    PERSON,
    UNIT,
    Lexicon,
    rejections,
)


def _split(text: str) -> list[str]:
    return text.split()


def _each(words: str, value: str) -> dict[str, str]:
    return {word.replace("_", " "): value for word in words.split()}


TRIGGERS = {
    # Registered by a registrar named for a fate ("ActsApart._registered_as_named").
    **_each("qeydiyyata_al* qeydiyyata_götür*", "registered"),
    # Victims of the act named before them ("SentenceBinder._victims_of_the_act").
    **_each(
        "zərərçəkmiş_kimi_tanın* zərərçəkmiş_qismində_tanın* zərərçəkmiş_şəxs_kimi_tanın* "
        "zərərçəkmiş_şəxs_qismində_tanın* zərərçəkmiş_hesab_edil* zərərçəkmiş_statusu*",
        "victims",
    ),
    **_each(
        "həlak_ol* öldürül* öldürmüş* öldürüb* öldürdü* qətlə_yetiril* qətlə_yetir* qətl* "
        # Shot dead ("güllələnib", "güllələyib"), not bullets ("güllələrdən yaralanıb").
        "şəhid_ol* güllələn* güllələy* güllələdi* güllələmiş* edam_edil* qırıl* qırıb qırdı* qırmış* həyatını_itir* həyatlarını_itir* canını_itir* "
        "canlarını_itir* dünyasını_dəyiş* ölüb ölmüş* ölən* ölüm* diri-diri_yandırıl* "
        "ölməyib ölməmiş* ölmədi* "
        "qətlə_yetirilmə* öldürülmə* öldüyü* öldüklə* həlak_olduğu* öldürüldüyü* "
        # Deaths by a named cause are killings as statements count them.
        "boğularaq_öl* boğulub boğulmuş* boğulan* boğuldu* vəfat_ed* "
        "döyülərək_öldürül* döyərək_öldür* döyülərək_qətlə_yetiril* "
        # Died of wounds: the wounds in the ablative are the cause, the verb what befell them
        # ("aldığı xəsarətlərdən ölüb", "yaralarından xəstəxanada vəfat edib").
        "aldığı_xəsarətlərdən_~_öl* aldıqları_xəsarətlərdən_~_öl* xəsarətlərdən_~_öl* "
        "aldığı_yaralardan_~_öl* yaralardan_~_öl* yaralarından_~_öl* "
        "aldığı_xəsarətlərdən_~_vəfat_ed* xəsarətlərdən_~_vəfat_ed* yaralarından_~_vəfat_ed* "
        "aldığı_xəsarətlərdən_~_dünyasını_dəyiş* xəsarətlərdən_~_dünyasını_dəyiş*",
        "killed",
    ),
    **_each(
        "yaralan* yaralı* xəsarət_al* xəsarət* yara_al* yaraladı* yaralay* yarası yaraları "
        # Needing medical help ("tibbi yardıma ehtiyac duyub"; help given is no injury).
        "tibbi_yardıma_ehtiyac_duy* tibbi_yardıma_ehtiyacı_ol* "
        # Taken to hospital, burned: "xəstəxanaya yerləşdirilib", "yanıq alıb".
        "xəstəxanaya_yerləşdiril* xəstəxanaya_çatdırıl* xəstəxanaya_aparıl* "
        "hospitala_yerləşdiril* yanıq_al* yanıqlar_al* "
        "yarasından yaralarından "
        # Harmed: "polis əməkdaşlarından zərər çəkən olmayıb" (a thing harmed is damaged).
        "zərər_çəkən zərər_çəkib zərər_çəkmiş*",
        "injured",
    ),
    **_each(
        "girov_götürül* girov_götür* girov_kimi_saxlanıl* girov_saxlanıl* əsir_saxlanıl* "
        "əsir_götürül* əsir_götür* "
        "əsirlikdə_saxlanıl* girovluqda_saxlanıl* "
        # Persons taken away by armed men: "altı kişini çıxarıb onları apardılar".
        "onları_apar* onları_götürüb_apar* ayırıb_apar* "
        "əsir_düş* əsir_alın* əsirlikdə* qaçırıl* qaçırıb qaçırdı* qaçırmış* girov_götürülmə* əsir_götürülmə* girovluqda*",
        "captured",
    ),
    # Stolen, of persons kidnapped ("iki uşaq oğurlanıb"); things stolen are nothing of ours.
    # Taken away, of persons (captured; of things, nothing of ours): "hərbçilər 17 kişini
    # aparıblar", "apardılar"; "xəstəxanaya aparılıb" is hospital (injured) and "pənah
    # aparıb" refuge, longer phrases that win.
    **_each("oğurlan* oğurlay* oğurladı* oğurlamış* apardılar aparıblar", "seize"),
    # Came back, of persons taken ("onlardan altısı geri qayıtdı"); refugees who came back
    # were not released (``SentenceBinder._returns_of_the_held``).
    **_each("geri_qayıt* geri_qayıd* qayıtdı* qayıdıb*", "return"),
    **_each(
        "azad_edil* azad_olun* azad_ed* sərbəst_buraxıl* əsirlikdən_qaytarıl* "
        "əsirlikdən_azad* azadlığa_buraxıl* azadlığa_çıxarıl* geri_qaytarıl* dəyişdiril* qaytarıl* azad_edilmə* evə_qayıd* "
        "evlərinə_qayıd* evinə_qayıd* əsirlikdən_qayıd* "
        # Let go: "dördümüzü buraxdılar", "buraxılıb" (not the converb "buraxıb", which is
        # as often "having left": "evlərini buraxıb qaçıblar").
        "buraxdı* buraxılıb buraxılmış* "
        # Back from captivity with the count between: "əsirlikdən 418 nəfər qayıdıb".
        "əsirlikdən_~_qayıd* əsirlikdən_~_qayıt* əsirlikdən_~_qaytarıl* əsirlikdən_~_dön*",
        "released",
    ),
    **_each(
        "itkin_düş* itkin* taleyi_məlum_deyil taleyi_məlum_olmayan* taleyi_naməlum* "
        "taleyindən_xəbər_yoxdur taleyi_~_məlum_deyil taleyi_~_məlum_olmayan* "
        # "axtarışda olan": sought (by relatives, by a tracing service), not yet found.
        "axtarışda_olan* axtarışdadır axtarışdadırlar "
        "taleyi_~_naməlum* xəbər_yoxdur heç_bir_xəbər_yoxdur "
        # Persons still under a collapsed building are missing until they are found.
        "dağıntı*_altında* uçqun*_altında*",
        "missing",
    ),
    # Found alive: no figure, and no part of the fate of its whole.
    **_each(
        "sağ_tapıl* sağ_olaraq_tapıl* sağ-salamat_tapıl* diri_tapıl* sağ_çıxarıl* "
        # The rescuers' active verb: "dağıntılar altından 16 nəfəri sağ çıxarıb".
        "sağ_çıxarıb sağ_çıxardı* sağ_çıxarmış* sağ_xilas_edil* diri_çıxarıl* diri_çıxarıb",
        "alive",
    ),
    # Not found: persons, or their remains ("onlardan 9-nun qalıqları hələ də tapılmayıb").
    **_each(
        "tapılmayıb tapılmamış* tapılmadı* aşkar_edilməyib aşkar_olunmayıb",
        "not_found",
    ),
    **_each(
        "zorla_yoxa_çıxarıl* yoxa_çıxarıl* yoxa_çıx* məcburi_yoxa_çıxarıl* "
        # Taken away "naməlum istiqamətə": the mark of an enforced disappearance.
        "naməlum_istiqamət* naməlum_yer* "
        # Their trace was lost: "izi itən 214 nəfər", "onların izi itib".
        "izi_itən izi_itib izi_itmiş* izləri_itən izləri_itib",
        "disappeared",
    ),
    **_each(
        "həbs_edil* həbs_olun* həbs* saxlanıl* həbsə_alın* tutularaq_saxlanıl* həbsdə* "
        # Brought to the police: "polis bölmələrinə gətirilib"; behind bars.
        "polis_bölmə*_gətiril* polis_şöbə*_gətiril* polis_idarə*_gətiril* "
        "polis_bölmə*_aparıl* polis_şöbə*_aparıl* dəmir_barmaqlıqlar_arxasında* "
        # The active verb as well as the passive: "12 nəfəri qanunsuz olaraq saxlayıb".
        "saxlayıb saxlamış* saxladı* saxlayaraq saxlayan* "
        # Held pending trial: "istintaq təcridxanasına göndərilib", "həbs qətimkan tədbiri".
        "təcridxanasına_göndəril* təcridxanaya_göndəril* təcridxanasına_yerləşdiril* "
        "həbs_qətimkan_tədbiri* "
        # Unlawful deprivation of liberty (not a prison term, "müddətə azadlıqdan məhrum").
        "qanunsuz_olaraq_azadlıqdan_məhrum* qanunsuz_azadlıqdan_məhrum* "
        # Brought to a police station: taken into custody, whatever the stated purpose.
        # ("polis" is left out: it would be read as the counted noun, "police officers").
        "şöbəsinə_gətiril* bölməsinə_gətiril* polisə_aparıl* şöbəsinə_aparıl*",
        "detained",
    ),
    **_each(
        "işgəncə* işgəncələr* işgəncə_izləri* işgəncə_əlamətləri* "
        # Beating is torture as statements count it (as "beaten", «избиты»), by its forms:
        # "döy*" would take the battles ("döyüşlər"). Beaten to death is killed (above).
        "döyülüb döyülmüş* döyüldü* döyülən* döyülərək döyüb döyüblər döydü* döyərək "
        "döymüş* döyülməsi* döyülməyə_məruz* "
        # Cruel or inhuman treatment, as "ill-treated" in English.
        "qəddar_rəftar* qeyri-insani_rəftar* pis_rəftar*",
        "tortured",
    ),
    **_each(
        "didərgin* qovul* deportasiya* sürgün* köçürül* ev*_tərk* yurd*_tərk* "
        "tərk_etməyə_məcbur* "
        # Forced to move away: "5 min sakin qonşu rayonlara köçməyə məcbur olub".
        "köçməyə_məcbur* köçmək_məcburiyyətində* "
        "məcburi_köçkün_düş* köçkün_düş* köçkünə_çevril* qaçqın_düş* qaçqına_çevril* qaçıb "
        "qaçmış* "
        "qaçmağa_məcbur* qaçdı* qaçaraq "
        # Who fled from where they lived ("kənddən qaçan 200 nəfər"; who fled a prison did not).
        "kənd*_qaçan* şəhər*_qaçan* qəsəbə*_qaçan* ev*_qaçan* yurd*_qaçan* rayon*_qaçan* "
        "bölgə*_qaçan* ölkə*_qaçan* "
        # The active verb as well as the passive ("zorla köçürüb": forcibly transferred), and
        # leaving one's village as leaving one's home ("kəndi tərk edib").
        "zorla_köçür* köçürüb köçürmüş* kənd*_tərk* şəhər*_tərk* "
        # Evacuation moves people from their homes: statements count it as displacement.
        "evakuasiya_edil* evakuasiya_olun* təxliyə_edil* təxliyə_olun* "
        # Took refuge elsewhere: "yüzlərlə sakin qonşu rayonlara pənah aparıb".
        "pənah_apar* pənah_gətir* sığınacaq_tap* sığınıb sığınmış* sığındı*",
        "displaced",
    ),
    **_each(
        "şəxsiyyəti_müəyyən* şəxsiyyətləri_müəyyən* kimliyi_müəyyən* kimlikləri_müəyyən* "
        "identifikasiya* eyniləşdiril* şəxsiyyəti_~_müəyyən* şəxsiyyətləri_~_müəyyən* "
        "kimliyi_~_müəyyən*",
        "identified",
    ),
    **_each("ölü_tapıl* ölü_halda_tapıl* meyiti_tapıl* meyitləri_tapıl*", "found_dead"),
    **_each("kökü_kəsil* sağ_qalan_olmayıb heç_kim_sağ_qalmayıb", "families_wiped_out"),
    **_each(
        "məhv_edil* məhv_ed* məhv_ol* dağıdıl* dağıtdı* dağıdıb* dağıdılma* yandırıl* yandırıb* "
        "yerlə_yeksan* yerlə-yeksan* uçurul* darmadağın* viran_qoyul* talan_edil* "
        # Burned down (of itself): "12 ev yanıb"; of persons, burned to death.
        "yanıb yanmış* yanaraq_kül_olub "
        # Demolished: "139 yaşayış evi sökülüb".
        "sökül* sökdü* söküb",
        "destroy",
    ),
    # Collapsed, fell apart: what only things do ("5 məktəb dağılıb", "binanın uçduğu").
    **_each("dağılıb dağılmış* dağıldığı* dağılan* uçub uçmuş* uçduğu*", "collapse"),
    **_each(
        "tapıl* aşkar_edil* aşkarlan* aşkar_olun* aşkara_çıxarıl* eksqumasiya* çıxarılıb "
        "çıxarılan* çıxarılmış* sayıb sayıblar sayılıb "
        # The active voice too, of remains brought out: "ekspertlər 19 nəfərin qalıqlarını
        # çıxarıb" (of persons the verb resolves to nothing, see ``resolve_category``).
        "çıxarıb çıxarıblar çıxardı* "
        # The active voice, as testimony says it: "onlardan ikisinin meyitini tapdıq".
        "tapdıq tapdılar tapdım tapıb tapmışıq "
        # Bodies brought to a morgue were found dead (persons brought there are not counted).
        "morqa_gətiril* morqa_çatdırıl* morqa_aparıl* morqa_~_gətiril* morqa_~_çatdırıl*",
        "find",
    ),
}

NOUNS = {
    **_each(
        "nəfər* insan* adam* şəxs* sakin* dinc_sakin* mülki_şəxs* mülki_əhali* vətəndaş* "
        "soydaş* azərbaycanlı* həmvətən* kəndli* can",
        PERSON,
    ),
    **_each("qadın*", "subgroup:women"),
    **_each("kişi*", "subgroup:men"),
    **_each(
        "uşaq* uşağ* azyaşlı* körpə* yeniyetmə* yetkinlik_yaşına_çatmayan*", "subgroup:children"
    ),
    **_each("qoca* yaşlı* ahıl* qocalar* yaşlı_insan* ahıl_yaşlı*", "subgroup:elderly"),
    **_each("qız*", "label:girls"),
    **_each("oğlan*", "label:boys"),
    **_each("jurnalist* müxbir*", "label:journalists"),
    **_each("etirazçı* aksiya_iştirakçı* etiraz_iştirakçı*", "label:protesters"),
    **_each("həkim* tibb_işçi* tibb_bacı* feldşer*", "label:medical workers"),
    **_each("əlil* əlilliyi_olan*", "label:persons with disabilities"),
    **_each("hamilə_qadın*", "label:pregnant women"),
    **_each("hərbçi* hərbi_qulluqçu* əsgər* döyüşçü*", "label:servicemen"),
    **_each("polis* polis_əməkdaş* polis_işçi*", "label:police officers"),
    # Occupations statements name as the victims' group: a free label, as journalists are.
    **_each("mədənçi* şaxtaçı*", "label:miners"),
    **_each("sərhədçi*", "label:border guards"),
    **_each("müəllim*", "label:teachers"),
    **_each("tələbə* şagird* məktəbli*", "label:students"),
    **_each("könüllü*", "label:volunteers"),
    **_each("humanitar_işçi* humanitar_əməkdaş* yardım_işçi*", "label:aid workers"),
    **_each("hüquq_müdafiəçi* insan_hüquqları_müdafiəçi*", "label:human rights defenders"),
    **_each("ailə*", FAMILY),
    **_each("ev evlər* evi evini yaşayış_ev* yaşayış_bina* mənzil*", "property:homes"),
    **_each("məktəb* uşaq_bağça*", "property:schools"),
    **_each("xəstəxana* poliklinika*", "property:hospitals"),
    # A health facility may be a hospital or a first-aid post: the broader kind, kept as named.
    **_each("tibb_müəssisə* səhiyyə_müəssisə*", "property:health facilities"),
    **_each("məscid* kilsə* ibadət_yer* məbəd*", "property:places of worship"),
    **_each("abidə* muzey* tarixi_abidə* kitabxana* teatr*", "property:cultural sites"),
    **_each("bina*", "property:buildings"),
    **_each("kənd* yaşayış_məntəqə*", "property:settlements"),
    **_each(
        "kütləvi_məzarlıq* məzarlıq* kütləvi_məzar* məzar* basdırılma_yer* dəfn_yer* "
        "kütləvi_basdırılma_yer*",
        GRAVE,
    ),
    **_each("meyit* cəsəd* qalıq* nəş* insan_qalıq*", BODY),  # "insan qalıqları": human remains
    **_each("girov* əsir* hərbi_əsir*", "implied:captured"),
    # Convicts by their inflected forms: bare "məhkum" is also "convicted" ("məhkum edib").
    **_each(
        "məhbus* dustaq* məhkumlar* məhkumun məhkumu məhkuma məhkumdan həbsdə_olan*",
        "implied:detained",
    ),
    **_each("qaçqın* köçkün* məcburi_köçkün*", "implied:displaced"),
    **_each("yaralı*", "implied:injured"),
    **_each("ölü ölülər* şəhid*", "implied:killed"),
    **_each("itkin_düşmüş* itkin_düşən*", "implied:missing"),
    **_each(
        "saat* gün günü günün günlük* həftə* ay ayda ayı aylıq il ildə ili illər* illik sutka* "
        # Pieces: "2 ədəd fotoşəkil".
        "ədəd fotoşəkil* fotoşəkl* şəkil* şəkl* "
        "yaş yaşında yaşdan yaşa yaşına yaşınadək yaşadək km kilometr* metr* faiz* % "
        "hektar* dollar* manat* dəfə* əsr* onillik* mərmi* raket* tank* nömrəli saylı "
        # Weapons and vehicles are things: "iki raket düşüb", "üç avtomobil yandırılıb".
        "bomba* dron* pilotsuz* qumbara* avtomobil* maşın* avtobus* yük_maşın* "
        "helikopter* təyyarə* gəmi* qayıq* "
        # Animals are not the persons statements count: "300 qoyun tələf olub".
        "qoyun* inək* keçi* atlar* mal-qara* heyvan* donuz* "
        # Papers are counted, not persons.
        "sənəd* şikayət* müraciət* məktub* ərizə* "
        # What monitors did is counted too, not persons: "31 səfər", "87 müsahibə".
        "səfər* ziyarət* müsahibə* "
        # Samples are taken from persons, not persons: "9.400 DNT nümunəsi".
        "nümunə* dnt",
        UNIT,
    ),
}

# Not "bir çox", "çoxlu": more than a few, and no order of magnitude (as "many").
VAGUE = _each(
    "onlarla yüzlərlə minlərlə on_minlərlə yüz_minlərlə bir_neçə "
    "yüzlərcə minlərcə onlarca bir_sıra",
    "vague",
)

ZERO = _each("heç_kim heç_bir heç_biri", "zero")

QUALIFIERS_BEFORE = {
    **_each("ən_azı azı ən_az azından minimum", "at_least"),
    **_each("ən_çoxu maksimum ən_çox", "at_most"),
    **_each("təxminən təqribən təxmini azqala demək_olar_ki", "about"),
}
# After the number, which carries the ending they govern: "600-dən çox", "600-ə yaxın".
QUALIFIERS_AFTER = {
    **_each("çox* artıq* yuxarı ötüb ötmüş* ötdü* aşıb aşmış* aşdı*", "at_least"),
    **_each("qədər* az azı", "at_most"),
    **_each("yaxın*", "about"),
    # An estimate said in a parenthesis after the number: "1 275 400 (təxmini)".
    **_each("(_təxmini_) (_təxminən_) (_təxmini_hesablama_)", "about"),
}

NEST_BEFORE = _each(
    "o_cümlədən onlardan bunlardan qurbanlardan onlardan_da bunlardan_da onların_arasında "
    "onların_içərisində onlar_arasında bunların_arasında bunların_içərisində "
    "onların_sırasında həlak_olanların_arasında həlak_olanlar_arasında "
    "həlak_olanların_içərisində girovların_arasında əsirlərin_arasında "
    "yaralananların_arasında yaralıların_arasında qurbanların_arasında "
    "həlak_olanlardan öldürülənlərdən öldürülənlərin_arasında yaralanan*_arasında "
    "yaralanan*_içərisində həlak_olan*_arasında həlak_olan*_içərisində öldürülən*_arasında "
    "girov*_arasında əsir*_arasında itkin*_arasında qurban*_arasında saxlanılan*_arasında "
    "azad_edilən*_arasında onlar*_arasında bunlar*_arasında onlar*_içərisində "
    "ölən*_arasında ölən*_içərisində ölənlər_arasında "
    # Of those the act befell, in the ablative: "deportasiya olunanlardan azı 6 min nəfər",
    # "girov götürülənlərdən 12 nəfər".
    "deportasiya_olunanlardan sürgün_olunanlardan köçürülənlərdən girov_götürülənlərdən "
    "əsir_götürülənlərdən saxlanılanlardan həbs_olunanlardan tutulanlardan "
    # The persons counted, named again: "bu şəxslərdən 611 nəfəri".
    "bu_şəxslərdən həmin_şəxslərdən bu_insanlardan həmin_insanlardan "
    # … or named by a noun of the act: "köçkünlərdən 600 nəfəri", "girovlardan 12-si".
    "qaçqınlardan köçkünlərdən girovlardan əsirlərdən yaralılardan məhbuslardan dustaqlardan",
    "nest",
)
NEST_AFTER: dict[str, str] = {}

REFERENCES = _each(
    "maddə* bənd* səhifə* səh qətnamə* fəsil* hissə* protokol* № blok* kamera* otaq* korpus*",
    "reference",
)
AGES = _each("yaşında", "age")

GAP_WORDS = frozenset(
    _split(
        "isə də da hələ hələ_də artıq həmçinin sonradan tamamilə ağır yüngül vəhşicəsinə "
        "amansızcasına qəddarcasına tərəfindən hesab olunur sayılır"
    )
)
STOP_WORDS = frozenset(
    _split(
        "və ilə tərəfindən zamanı nəticəsində isə də da olub olmuşdur olmuş oldu olunub "
        "olaraq kimi üçün görə sonra əvvəl"
    )
)
CONJUNCTIONS = frozenset(["və", ",", "həmçinin", "habelə", "ilə"])

LEXICON = Lexicon(
    language="az",
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
    negations=frozenset(),
    ages=AGES,
    denials=_each(
        "təkzib* yalan* həqiqətə_uyğun_deyil* həqiqəti_əks_etdirmir əsassız* "
        "sübut_olunmayıb sübut_olunmamış* sübuta_yetirilməyib sübuta_yetirilməmiş* "
        "sübut_edilməyib təsdiqini_tapmayıb təsdiq_olunmayıb "
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
        "yazılmışdı səhvən_göstəril* səhvən_bildiril* səhvən_yazıl* yanlış_olaraq_göstəril* "
        "yanlış_olaraq_bildiril*",
        "denial",
    )
    # A correction that gives the right figure after a wrong one: "dəqiqləşdirilmiş
    # məlumata əsasən, yaralananların sayı 11 nəfərdir".
    | _each("dəqiqləşdirilmiş_məlumat* dəqiqləşdirilmiş_rəqəm* düzgün_rəqəm*", "corrects")
    | rejections(
        # The object comes before the verb: "bu rəqəmi təkzib edir", "həmin məlumatı rədd edib".
        "təkzib* rədd* qəbul_etmir* qəbul_etməyib*",
        "bu_rəqəm*_{verb} həmin_rəqəm*_{verb} bu_məlumat*_{verb} həmin_məlumat*_{verb}",
    )
    | rejections(
        # The demonstrative as subject: "…, lakin bu məlumat təsdiqini tapmayıb".
        "təsdiqini_tapmayıb təsdiqlənməyib təsdiq_olunmayıb təsdiq_edilməyib yalandır "
        "həqiqətə_uyğun_deyil həqiqəti_əks_etdirmir",
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
        # The bare demonstrative, answering the figure just given: "Bu, həqiqətə uyğun deyil."
        "həqiqətə_uyğun_deyil həqiqəti_əks_etdirmir yalandır əsassızdır doğru_deyil",
        "bu_,_{verb} bu_{verb}",
    ),
    inmates=_each("məhbus* dustaq* məhkumlar* məhkumun məhkumu məhkuma məhkumdan", "inmate"),
    penal_institutions=_each(
        "həbsxana* cəzaçəkmə* penitensiar* islah_müəssisə* koloniya* təcridxana*", "prison"
    ),
    coordinators=frozenset({"lakin", "amma", "ancaq", "və", "isə"}),
    reporting=_each(
        "bildir* deyir* dedi* qeyd_ed* açıqla* məlumat_ver* təsdiqlə* hesab_edir* "
        # Voiced, claimed, reported: "11 rəqəmini səsləndirir", "iddia edir", "xəbər verib".
        "səsləndir* iddia_ed* xəbər_ver* "
        "məlumatına_görə sözlərinə_görə "
        # Findings of an examination: "təhlilə görə", "ekspertizanın rəyinə görə".
        "təhlilə_görə təhlilin_nəticəsinə_görə nəticəsinə_görə nəticələrinə_görə "
        "ekspertizaya_görə rəyinə_görə",
        "reporting",
    ),
    circumstances=frozenset(
        {"əsirlikdə*", "girovluqda*", "həbsdə*", "dağıntı* altında*", "uçqun* altında*"}
    ),
    severities=_each(
        "xəstəxanaya_yerləşdiril* xəstəxanaya_çatdırıl* xəstəxanaya_aparıl* "
        "xəstəxanaya_yerləşdirilən* xəstəxanaya_düşən*",
        "severity",
    ),
)
