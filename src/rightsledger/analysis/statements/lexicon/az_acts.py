"""Azerbaijani: what befell persons and things: the verbs and nouns of the acts statements count (stems)."""

from __future__ import annotations

from rightsledger.analysis.statements.lexicon import each
from rightsledger.analysis.statements.lexicon.az_verbs import finite_forms

# Losses, the dead as a side's statement counts them ("itki yoxdur", "itki olmadığını"), and
# loss of life as news tells it ("insan tələfatı olmayıb").
# ("itkilər arasında", among the casualties, counts the dead and the hurt: not here.)
LOSSES = frozenset({"itki", "itkisi", "tələfat", "tələfatı"})
# Fractures are injuries, and a degree of being hurt: "sümük sınıqları ilə xəstəxanaya
# çatdırılıb", "ikisinin qabırğası sınıb" (a bone of the body, broken: "sınıb" alone is said
# of windows and glass as well).
# In intensive care, a degree of being hurt: "15 nəfər reanimasiya şöbəsində müalicə alır";
# not who died there ("reanimasiya şöbəsində vəfat edib": the death is the figure).
AZ_INTENSIVE_CARE = (
    "reanimasiya_şöbəsində_müalicə_al* reanimasiyada_müalicə_al* "
    "reanimasiya_şöbəsinə_yerləşdiril* reanimasiyaya_yerləşdiril* "
    "reanimasiya_şöbəsindədir* reanimasiyadadır*"
)
# Admitted to a hospital's wards ("stasionar", in-patient care): hurt, and a degree of it.
AZ_IN_PATIENT = (
    "stasionar_müalicəyə_yerləşdiril* stasionara_yerləşdiril* stasionar_müalicəyə_götürül* "
    "stasionarda_müalicə_al* stasionar_müalicə_al* "
    # In in-patient care still, in the locative: "5 yaralı hələ də stasionar müalicədədir".
    "stasionar_müalicədə* stasionardadır*"
)
# Identity not (yet) established: "onlardan 3-nün şəxsiyyəti hələ müəyyən edilməyib". No
# one was identified; the words are longer than those of the identified, so they win.
AZ_NOT_IDENTIFIED = " ".join(
    f"{identity}{gap}müəyyən_{verb}"
    for identity in ("şəxsiyyəti", "şəxsiyyətləri", "kimliyi", "kimlikləri")
    for gap in ("_", "_~_")
    for verb in ("edilməyib", "edilməmiş*", "edilmədi*", "olunmayıb", "olunmamış*", "olunmadı*")
) + (
    # … and by the one verb, negated: "eyniləşdirilməmiş 260 nəfərin qalıqları" (unidentified).
    " eyniləşdirilməyib eyniləşdirilməmiş* eyniləşdirilmədi* eyniləşdirilməyən*"
)
# Left the place they lived, named first in the ablative with who left it after: "Kəndindən
# 300-ə yaxın sakin çıxıb" (some 300 residents left the village). The bare verb ("çıxıb",
# came out) says nothing of a flight; the place left does. (Not "getdi", went: "şəhərdən 12
# nəfər işə gedib" went to work.)
AZ_LEFT_FROM_WHERE_THEY_LIVED = " ".join(
    f"{place}_~~_{verb}"
    for place in (
        "kənddən", "kəndindən", "kəndlərindən", "kəndlərdən", "şəhərdən", "şəhərindən",
        "qəsəbədən", "qəsəbəsindən", "yaşayış_məntəqəsindən",
    )
    # Left it, or came away from it to where the count is made: "kənddən avtobusla 19 nəfər
    # gəlib" (arrived from the village), as "arrived from the eastern districts" in English.
    for verb in (*finite_forms("çıx").split(), "çıxdıq", *finite_forms("gəl").split())
)  # fmt: skip

# A home not left, the verb negated: "evlərini tərk etmək istəmirlər" (they do not want to
# leave their homes), "yurdunu tərk etməyib", "evlərini tərk etməkdən imtina edirlər". Those
# who stay are no displaced; the words are longer than the leaving's ("ev*_tərk*"), so win.
AZ_HOMES_NOT_LEFT = " ".join(
    f"{home}_tərk_{negated}"
    for home in ("ev*", "yurd*", "yaşayış_yer*")
    for negated in (
        "etmək_istəmir*", "etmək_istəməyib*", "etmək_istəmədi*", "etməyib*", "etmir*",
        "etmədi*", "etməyən*", "etməmiş*", "etməkdən_imtina*",
    )
)  # fmt: skip

# Moved by custodians to a hospital or another place of custody ("məhbus həbsxana
# xəstəxanasına köçürülüb", "başqa cəzaçəkmə müəssisəsinə köçürülüb"): a transfer of the
# held, not persons driven from their homes as "köçürül-" alone says.
AZ_TRANSFERS_OF_THE_HELD = " ".join(
    f"{place}_köçürül*"
    for place in (
        "xəstəxanaya", "xəstəxanasına", "xəstəxanalara", "müəssisəsinə", "müəssisəyə",
        "həbsxanaya", "həbsxanasına", "təcridxanasına", "təcridxanaya", "koloniyaya",
        "koloniyasına", "kameraya",
    )
)  # fmt: skip
AZ_FRACTURES = (
    "sınıqlar* sümük_sınığ* sümük_sınıq* sınıq_al* sınıqlar_al* "
    # A fracture of a named bone received: "onlardan ikisi qabırğa sınığı alıb".
    "sınığı_al* sınıqları_al* "
    # A fracture found or recorded by whoever examined them: "onlardan 6-sında sınıq
    # aşkarlanıb" (in six of them a fracture was found); "sınıq" alone is also "broken".
    + " ".join(
        f"{fracture}_{found}"
        for fracture in ("sınıq", "sınıqlar", "sümük_sınığı", "sümük_sınıqları")
        for found in ("aşkarlan*", "aşkar_edil*", "aşkar_olun*", "qeydə_alın*", "müəyyən_edil*")
    )
    + " "
    # A fracture one had or has: "onlardan ikisinin sınığı olub", "birinin sınığı var" (not
    # "olmayıb", had none).
    + " ".join(
        f"{fracture}_{had}"
        for fracture in ("sınığı", "sınıqları", "sümük_sınığı", "sümük_sınıqları")
        for had in ("olub", "olublar", "olmuşdu*", "olmuşdur", "var", "vardır", "vardı", "varıdı")
    )
    + " "
    + " ".join(
        f"{bone}_sın{ending}"
        for bone in (
            "qabırğa*", "qolu", "qolları", "qolunun", "ayağı", "ayaqları", "ayağının", "əli",
            "əlləri", "barmağı", "barmaqları", "burnu", "çənəsi", "kəlləsi", "sümüyü",
            "sümükləri", "çiyni", "bud_sümüyü",
        )
        # … and the participles before the persons: "qabırğası sınmış 2 məhkum", "qolu sınan".
        for ending in ("ıb", "mışdı*", "dı*", "ıq*", "mış", "an")
    )
)  # fmt: skip
# A limb or an eye lost is an injury, and a degree of being hurt: "yaralananlardan 4-ü ayağını
# itirib", "onlardan biri gözünü itirib" (the body's part in the accusative: "sənədlərini
# itirib", lost their papers, is no harm).
AZ_LOST_LIMBS = " ".join(
    f"{part}_itir*"
    for part in (
        "ayağını", "ayaqlarını", "qolunu", "qollarını", "əlini", "əllərini", "gözünü",
        "gözlərini", "barmağını", "barmaqlarını", "ətrafını", "ətraflarını",
        # "əza" (a limb, any of them): "yaralananlardan 3-ü əzasını itirib".
        "əzasını", "əzalarını",
        # A sense lost: "görmə qabiliyyətini itirib" (their sight), "eşitmə qabiliyyətini".
        "görmə_qabiliyyətini", "eşitmə_qabiliyyətini",
    )
)  # fmt: skip
# Let out of hospital ("xəstəxanadan evə buraxılıb", "evə yazılıb"): an injury and a degree.
AZ_DISCHARGED = (
    "xəstəxanadan_buraxıl* xəstəxanadan_evə_buraxıl* xəstəxanadan_yazıl* "
    "xəstəxanadan_evə_yazıl* evə_yazıl* "
    # … or sent home once seen to, the hospital left unsaid ("ambulator yardım göstərilərək
    # evə buraxılıb"): aid given first makes them the hurt. Not "evə buraxılıb" alone, which
    # is as often of detainees let go. The whole phrase from its first word, as a shorter
    # act starting there ("ambulator yardım") would take those words first.
    + " ".join(
        f"{aid}_{given}_evə_buraxıl*"
        for aid in ("yardım", "ambulator_yardım", "tibbi_yardım", "ilk_tibbi_yardım")
        for given in ("göstərilərək", "göstərildikdən_sonra", "aldıqdan_sonra", "alaraq")
    )
    # … the aid in the ablative before "after": "tibbi yardımdan sonra evə buraxılıb".
    + " "
    + " ".join(
        f"{aid}_sonra_evə_buraxıl*"
        for aid in (
            "yardımdan",
            "ambulator_yardımdan",
            "tibbi_yardımdan",
            "müalicədən",
            "ambulator_müalicədən",
            "ilk_tibbi_yardımdan",
        )
    )
    # … or said of a part of the hurt, whose whole names them ("yaralılardan 9-u evə
    # buraxılıb"): sent home from care, not set free.
    + " "
    + " ".join(
        f"{hurt}_~_evə_buraxıl*"
        for hurt in ("yaralılardan", "yaralananlardan", "xəsarət_alanlardan", "yaralılarından")
    )
)

# In a grave or critical condition, as a hospital says of a patient: "5 nəfər ağır
# vəziyyətdədir", "ağır vəziyyətdə olanların sayı" (not "ağır vəziyyətdə yaşayır", living in
# hardship, which no form here takes).
AZ_IN_A_GRAVE_CONDITION = " ".join(
    f"{degree}_{state}"
    for degree in ("ağır", "çox_ağır", "kritik", "son_dərəcə_ağır")
    for state in ("vəziyyətdədir*", "vəziyyətdə_olan*", "vəziyyətdə_qalır*")
)

# Each of them is an injury and a degree of it, as the triggers and the severities say.
AZ_HURT_BY_DEGREE = " ".join(
    (AZ_FRACTURES, AZ_LOST_LIMBS, AZ_INTENSIVE_CARE, AZ_IN_A_GRAVE_CONDITION)
)
# Whose remains or bodies were found, a relative clause before the persons counted: "qalıqları
# tapılan 34 nəfər" (the persons, not the remains, are the count's noun). A circumstance
# (``lexicon.az``): a verb after the persons tells the figure first ("qalıqları tapılmış 611
# nəfərin şəxsiyyəti müəyyən edilib": identified).
AZ_REMAINS_FOUND = tuple(
    f"{remains} {found}"
    for remains in ("qalıqları", "cəsədləri", "cəsədi")
    for found in ("tapılan", "tapılmış", "çıxarılan", "çıxarılmış")
)

TRIGGERS = {
    # Registered by a registrar named for a fate ("ActsApart._registered_as_named").
    **each("qeydiyyata_al* qeydiyyata_götür*", "registered"),
    # Victims of the act named before them ("SentenceBinder._victims_of_the_act").
    **each(
        "zərərçəkmiş_kimi_tanın* zərərçəkmiş_qismində_tanın* zərərçəkmiş_şəxs_kimi_tanın* "
        "zərərçəkmiş_şəxs_qismində_tanın* zərərçəkmiş_hesab_edil* zərərçəkmiş_statusu*",
        "victims",
    ),
    **each(
        # To kill in every tense, the continuous too ("öldürürdülər").
        f"həlak_ol* öldürül* {finite_forms('öldür')} qətlə_yetiril* qətlə_yetir* qətl* "
        # Shot dead ("güllələnib", "güllələyib"), not bullets ("güllələrdən yaralanıb").
        "şəhid_ol* güllələn* güllələy* güllələdi* güllələmiş* edam_edil* qırıl* qırdı* həyatını_itir* həyatlarını_itir* canını_itir* "
        # Their lives ended by someone: "bombardman 14 nəfərin həyatına son qoyub".
        "həyatına_son_qoy* həyatlarına_son_qoy* "
        "canlarını_itir* dünyasını_dəyiş* dünyadan_köç* həyatdan_köç* ölüb ölmüş* ölən* ölüm* "
        # The simple past, as testimony tells it: "üç nəfər orada öldü" (not "öldü*", which
        # would take "öldürdü", killed by someone, listed above).
        "öldü öldülər "
        # The verbal noun, as a case's facts name a death: "3 mülki şəxsin ölməsi faktı",
        # "2 nəfərin ölməsinə səbəb olub" (caused the death of two).
        "ölməsi* ölmələri* "
        # To pass away: "daha 3 nəfər xəstəxanada keçinib".
        "keçinib keçindi* keçinmiş* keçinən* "
        "diri-diri_yandırıl* "
        # To slaughter in every tense: "qırdılar", "qırıblar", "qırmışdı".
        f"{finite_forms('qır')} "
        "ölməyib ölməmiş* ölmədi* "
        # The verbal noun a charge names: "11 sakini öldürməkdə ittiham edib" (of killing 11).
        "öldürməkdə "
        "qətlə_yetirilmə* öldürülmə* öldüyü* öldüklə* həlak_olduğu* öldürüldüyü* "
        # Deaths by a named cause are killings as statements count them.
        "boğularaq_öl* boğulub boğulmuş* boğulan* boğuldu* vəfat_ed* intihar_ed* "
        # A death recorded as a suicide: "onlardan 2-si intihar kimi qeydə alınıb".
        "intihar_kimi_qeydə_alın* intihar_kimi_qeydiyyata_alın* intihar_kimi_qiymətləndiril* "
        "intihar_hesab_edil* intihar_kimi_rəsmiləşdiril* "
        "döyülərək_öldürül* döyərək_öldür* döyülərək_qətlə_yetiril* "
        # Died of wounds: the wounds in the ablative are the cause, the verb what befell them
        # ("aldığı xəsarətlərdən ölüb", "yaralarından xəstəxanada vəfat edib").
        "aldığı_xəsarətlərdən_~_öl* aldıqları_xəsarətlərdən_~_öl* xəsarətlərdən_~_öl* "
        "aldığı_yaralardan_~_öl* yaralardan_~_öl* yaralarından_~_öl* "
        "aldığı_xəsarətlərdən_~_vəfat_ed* xəsarətlərdən_~_vəfat_ed* yaralarından_~_vəfat_ed* "
        "aldığı_xəsarətlərdən_~_dünyasını_dəyiş* xəsarətlərdən_~_dünyasını_dəyiş* "
        # Of one wound: "aldığı güllə yarasından dünyasını dəyişib".
        "yarasından_~_öl* yarasından_~_vəfat_ed* yarasından_~_dünyasını_dəyiş* "
        "yaralarından_~_dünyasını_dəyiş* " + " ".join(sorted(LOSSES)),
        # Losses, by form ("itkin" is missing): only "none" of them is a figure, none killed
        # ("mülki əhali arasında itki yoxdur", as «жертв нет»; ``SharedNone._casualties``).
        "killed",
    ),
    **each(
        "yaralan* yaralı* xəsarət_al* xəsarət* yara_al* yaraladı* yaralay* yarası yaraları "
        # Maimed ("23 uşağın şikəst edilməsi", as "the maiming of 23 children").
        "şikəst_edil* şikəst_olun* "
        # … and the active and the intransitive: "112 nəfəri şikəst edib", "9 nəfər şikəst olub".
        "şikəst_edib* şikəst_etmiş* şikəst_etdi* şikəst_olub* şikəst_olmuş* şikəst_qal* "
        # Needing medical help ("tibbi yardıma ehtiyac duyub"), or given it after the event
        # ("31 aksiya iştirakçısına tibbi yardım göstərilib", treated, as "were treated" is
        # in English).
        "tibbi_yardıma_ehtiyac_duy* tibbi_yardıma_ehtiyacı_ol* "
        "tibbi_yardım_göstəril* ilk_tibbi_yardım_göstəril* "
        # … said in the active of those who gave it: "briqadalar 9 nəfərə hadisə yerində tibbi
        # yardım göstərib" (the finite verb only: "tibbi yardım göstərən həkimlər" give it).
        "tibbi_yardım_göstərib* tibbi_yardım_göstərdi* tibbi_yardım_göstərmiş* "
        "ilk_tibbi_yardım_göstərib* ilk_tibbi_yardım_göstərdi* "
        # Poisoned by smoke or gas ("4 uşaq tüstüdən zəhərlənib"), harmed by the event; not
        # the converb ("zəhərlənərək ölüb", died of it), whose verb is the fate.
        "zəhərlənib zəhərlənmiş* zəhərləndi* zəhərlənən* "
        # Taken to hospital, burned: "xəstəxanaya yerləşdirilib", "yanıq alıb".
        "xəstəxanaya_yerləşdiril* xəstəxanaya_çatdırıl* xəstəxanaya_aparıl* xəstəxanaya_gətiril* "
        "xəstəxanaya_müraciət_ed* tibbi_yardım_üçün_müraciət_ed* tibbi_yardıma_müraciət_ed* "
        # Went to a doctor afterwards: "onlardan bir neçəsi sonradan həkimə müraciət edib".
        "həkimə_müraciət_ed* həkimlərə_müraciət_ed* "
        # Discharged from hospital, which only the hurt are ("7-si xəstəxanadan evə
        # buraxılıb"): no release, whatever "buraxıl-" says alone.
        f"{AZ_DISCHARGED} "
        # With the count between: "xəstəxanaya 86 nəfər gətirilib", "rayon xəstəxanasına …",
        # "xəstəxanalara …".
        + " ".join(
            f"{hospital}_~_{verb}"
            for hospital in ("xəstəxanaya", "xəstəxanasına", "xəstəxanalara")
            for verb in ("yerləşdiril*", "çatdırıl*", "gətiril*", "müraciət_ed*")
        )
        + " "
        "hospitala_yerləşdiril* yanıq_al* yanıqlar_al* "
        # Admitted as an in-patient, the hospital left unsaid: "29 nəfər stasionar müalicəyə
        # yerləşdirilib", "stasionara yerləşdirilənlərdən 6-sı" (not put up away from home).
        f"{AZ_IN_PATIENT} "
        # Still in hospital, or treated there: "11 nəfər hələ də xəstəxanadadır", "xəstəxanada
        # müalicə alır".
        "xəstəxanadadır* xəstəxanada_qalır* xəstəxanada_müalicə_al* xəstəxanada_müalicə_olun* "
        "xəstəxanada_yatır* "
        # Outpatient care after the event: hurt, not badly ("21 nəfərə ambulator yardım göstərilib").
        "ambulator_yardım* ambulator_müalicə* "
        "yarasından yaralarından "
        # Harm that lasts: "yaralananlardan 9-u əlil qalıb" (what it did to them, not who they
        # were before it).
        "əlil_qal* əlil_ol* ömürlük_əlil_qal* əlilliy*_qal* "
        # Beaten by persons unknown ("naməlum şəxslər tərəfindən döyülüb"): an assault, which
        # hurts; torture is done by those who hold or question, whom the words leave out.
        "naməlum_şəxslər_tərəfindən_döyül* naməlum_kişilər_tərəfindən_döyül* "
        "naməlum_şəxslərin_hücumuna_məruz_qal* "
        # Operated on for the wound: "onlardan beşi cərrahi əməliyyat keçirib" (a surgeon's
        # operation; "əməliyyat" alone is as often a police or military one).
        "cərrahi_əməliyyat_keçir* cərrahi_əməliyyat_olun* cərrahi_əməliyyata_məruz_qal* "
        "cərrahi_müdaxilə* "
        # Harmed: "polis əməkdaşlarından zərər çəkən olmayıb" (a thing harmed is damaged).
        "zərər_çəkən zərər_çəkib zərər_çəkmiş* " + AZ_HURT_BY_DEGREE,
        "injured",
    ),
    **each(
        "girov_götürül* girov_götür* girov_kimi_saxlanıl* girov_saxlanıl* əsir_saxlanıl* "
        "əsir_götürül* əsir_götür* "
        "əsirlikdə_saxlanıl* girovluqda_saxlanıl* "
        # In someone's captivity, the possessive: "qarşı tərəfin əsirliyində saxlanılır".
        "əsirliyində_saxlanıl* əsirliyində* girovluğunda_saxlanıl* girovluğunda* "
        # Held by the other side of a war, the count between or before: "hazırda qarşı
        # tərəfdə ən azı 6 nəfər saxlanılır", "qarşı tərəfin əlində 9 nəfər qalır".
        "qarşı_tərəfdə_saxlanıl* qarşı_tərəfdə_~_saxlanıl* qarşı_tərəfin_əlində* "
        # Persons taken away by armed men: "altı kişini çıxarıb onları apardılar".
        "onları_apar* onları_götürüb_apar* ayırıb_apar* "
        f"{finite_forms('qaçır')} "
        "əsir_düş* əsir_alın* əsirlikdə* qaçırıl* qaçırdı* girov_götürülmə* əsir_götürülmə* girovluqda*",
        "captured",
    ),
    # Stolen, of persons kidnapped ("iki uşaq oğurlanıb"); things stolen are nothing of ours.
    # Taken away, of persons (captured; of things, nothing of ours), in every tense:
    # "hərbçilər 17 kişini aparıblar", "apardı", "aparmışdır"; by whom and with what object
    # in ``figures.taken_away``. "xəstəxanaya aparılıb" is hospital (injured) and "pənah
    # aparıb" refuge, longer phrases that win.
    # The participles name the taken as a whole: "Apardıqları on səkkiz nəfərdən dördü geri
    # qayıdıb", "aparılan 10 nəfərdən" (other passive forms are mostly of work carried out:
    # "axtarış aparılıb").
    **each(
        f"oğurlan* oğurlay* oğurladı* oğurlamış* {finite_forms('apar')} "
        "aparılan apardıqları apardığı "
        # … and told in reported speech, the verbal noun as the object of "said": "əsgərlərin
        # 40 kişini apardığını deyib" (said that the soldiers took 40 men away).
        "apardığını apardıqlarını",
        "seize",
    ),
    # Came back, of persons taken ("onlardan altısı geri qayıtdı"); refugees who came back
    # were not released (``SentenceBinder._returns_of_the_held``).
    # Home again ("evə qayıdıb", "evlərinə qayıdıb") too: of the taken a release, of the
    # displaced no figure of ours.
    **each(
        "geri_qayıt* geri_qayıd* qayıtdı* qayıdıb* evə_qayıd* evlərinə_qayıd* evinə_qayıd*",
        "return",
    ),
    **each(
        "azad_edil* azad_olun* azad_ed* sərbəst_buraxıl* əsirlikdən_qaytarıl* "
        # Exchanged, in the passive and the active: "150 əsir mübadilə edilib", "tərəflər 150
        # əsiri mübadilə edib" (as "exchanged", «обменяли»).
        "mübadilə_edil* mübadilə_olun* mübadilə_edib* mübadilə_etdi* mübadilə_etmiş* "
        # … and by the plain verb, whose agents are the sides ("they exchanged them"): "ikisini
        # də bir ay sonra dəyişdilər". Only these persons' forms: "vəziyyət dəyişib" (it
        # changed) has a thing as its subject, in the singular.
        "dəyişdilər dəyişiblər dəyişmişdilər dəyişmişlər "
        "əsirlikdən_azad* azadlığa_buraxıl* azadlığa_çıx* geri_qaytarıl* dəyişdiril* qaytarıl* azad_edilmə* "
        "əsirlikdən_qayıd* "
        # Let go: "dördümüzü buraxdılar", "buraxılıb" (not the converb "buraxıb", which is
        # as often "having left": "evlərini buraxıb qaçıblar").
        "buraxdı* buraxılıb buraxılmış* buraxıldı* "
        # … and in the present, as chronologies tell past events: "kişilərdən 4-ü buraxılır".
        "buraxılır buraxılırlar "
        # … and the perfect with its person ending, finite where the converb is not: "üçünü
        # sonra buraxıblar" (the bare "buraxmış" is as often "who left": "evini buraxmış").
        "buraxıblar buraxmışlar buraxmışdı* "
        # … which "sərbəst" (free) or "azadlığa" (to freedom) before it says in every form:
        # "onlardan altısını sərbəst buraxıblar", "azadlığa buraxıb".
        "sərbəst_burax* azadlığa_burax* "
        # … and those let go, in the plural of the participle ("buraxılanlardan üçü"): the
        # singular is as often something launched ("buraxılan raket").
        "buraxılanlar* "
        # … and not let go: "7 girovdan heç biri buraxılmayıb" (none released).
        "buraxılmayıb buraxılmadı* buraxmayıb* buraxmadılar buraxmamış* "
        # The active past with "et-" as well as "ed-": "silahlılar 8 girovu azad etmişdir",
        # and its negative ("heç birini azad etməyiblər"); not the infinitive "azad etməyə".
        "azad_etdi* azad_etmiş* azad_etməyib* azad_etmədi* azad_etməmiş* "
        # Back from captivity with the count between: "əsirlikdən 418 nəfər qayıdıb".
        "əsirlikdən_~_qayıd* əsirlikdən_~_qayıt* əsirlikdən_~_qaytarıl* əsirlikdən_~_dön* "
        # Home again by an exchange: "mübadilə nəticəsində 40 hərbçimiz vətənə qayıdıb" (the
        # exchange says they were held; the homecoming alone is as often of refugees).
        + " ".join(
            f"{exchange}_~_{home}_{back}"
            for exchange in ("mübadilə_nəticəsində", "mübadilə_yolu_ilə", "mübadilə_zamanı")
            for home in ("vətənə", "ölkəyə", "evə", "evlərinə", "doğma_yurda")
            for back in ("qayıd*", "qayıt*", "dön*", "qaytarıl*")
        )
        + " "
        # Came back (of persons taken, as «вернулись»): "onlardan yalnız ikisi geri döndü".
        "geri_döndü* geri_dönüb geri_dönmüş* "
        # Handed over in an exchange, by one side or received by the other, in every tense:
        # "20 hərbi əsir təhvil verilib", "17 nəfər təhvil alınıb"; of remains, found dead
        # ("12 hərbçinin nəşi təhvil alınıb", ``resolve_category``).
        "təhvil_veril* təhvil_alın* təhvil_verdi* təhvil_aldı* təhvil_verib* təhvil_alıb* "
        "təhvil_vermiş* təhvil_almış* "
        # Gave back, the active of "qaytarıl-" in every tense: "Ermənistan 5 girovu qaytarıb",
        # "geri qaytardılar" (things given back are no persons: ``resolve_category``).
        f"{finite_forms('qaytar')} "
        # Pardoned, of prisoners, is how a head of state sets them free ("əfv olunub", "əfv
        # edilənlər"), as «помилованы» is; not "əfv sərəncamı", the decree that does it.
        "əfv_olun* əfv_edil* əfv_etdi* əfv_etmiş* əfv_edib",
        "released",
    ),
    **each(
        "itkin_düş* itkin* taleyi_məlum_deyil taleyi_məlum_olmayan* taleyi_naməlum* "
        # "Bəlli" is "məlum" in another register: "30 nəfərin taleyi bəlli deyil".
        "taleyi_bəlli_deyil taleyi_bəlli_olmayan* taleyi_~_bəlli_deyil taleyi_~_bəlli_olmayan* "
        # "Bilinmir" (is not known), the passive of "bilmək": "qalan dördünün taleyi bilinmir".
        "taleyi_bilinmir taleyi_~_bilinmir taleyi_bilinməyən* taleyi_~_bilinməyən* "
        # Reported, in the verbal noun: "57 nəfərin taleyinin məlum olmadığını təsdiq edib"
        # (that their fate is not known).
        "taleyinin_məlum_olmadığ* taleyinin_~_məlum_olmadığ* taleyinin_bəlli_olmadığ* "
        "taleyinin_naməlum_olduğ* "
        "taleyindən_xəbər_yoxdur taleyi_~_məlum_deyil taleyi_~_məlum_olmayan* "
        # Their fates, in the plural possessive: "iki nəfər aparılıb, taleləri məlum deyil".
        "taleləri_məlum_deyil taleləri_~_məlum_deyil taleləri_bəlli_deyil taleləri_bilinmir "
        "taleləri_~_bilinmir taleləri_naməlum* "
        # "axtarışda olan": sought (by relatives, by a tracing service), not yet found.
        "axtarışda_olan* axtarışdadır axtarışdadırlar "
        # Whose search goes on: "daha 20 nəfərin axtarışı davam edir", "axtarışı aparılır".
        "axtarışı_davam_edir axtarışları_davam_edir axtarışı_aparılır axtarışları_aparılır "
        "axtarışı_davam_etdirilir axtarışları_davam_etdirilir "
        # Whose search a tracing service was asked for: "410 nəfərin axtarışı ilə bağlı
        # müraciət edilib", "axtarışı üçün müraciət olunub" (the request, not a found one).
        "axtarışı_ilə_bağlı_müraciət* axtarışı_üçün_müraciət* axtarışına_dair_müraciət* "
        # Still being sought, the passive present: "2 nəfər hələ də axtarılır" (not the
        # participle "axtarılan", which is as often a suspect the police want).
        "axtarılır axtarılırlar axtarılmaqdadır axtarılmaqdadırlar "
        # … and the active present, said by those who search or of the rescuers: "hələ 12
        # nəfəri axtarırıq", "xilasedicilər hələ 3-4 nəfəri axtarır" (only these: "polis 3
        # şübhəlini axtarır" seeks suspects, as «полиция ищет двоих» may).
        "axtarırıq axtarmaqdayıq xilasedici*_~_axtarır* xilasedici*_~_axtarmaqda* "
        # … or of the kin, who seek their own: "ailələr hələ də 4 nəfəri axtarır".
        "qohum*_~_axtarır* ailə*_~_axtarır* valideyn*_~_axtarır* yaxınları_~_axtarır* "
        "taleyi_~_naməlum* xəbər_yoxdur heç_bir_xəbər_yoxdur "
        # … told in the past, or spoken: "qalan yeddi nəfərdən xəbər yox idi", "xəbər yoxdu".
        "xəbər_yox_idi heç_bir_xəbər_yox_idi xəbər_yoxdu heç_bir_xəbər_yoxdu "
        # Nothing known of them: "42-si barədə isə bu günədək heç bir məlumat yoxdur",
        # "harada saxlanıldığı barədə ailələrə məlumat verilməyib".
        "barədə_~_məlumat_yoxdur barəsində_~_məlumat_yoxdur haqqında_~_məlumat_yoxdur "
        "barədə_~_məlumat_verilməyib barəsində_~_məlumat_verilməyib "
        # The same said as reported, in the verbal noun: "beş nəfərin taleyi barədə heç bir
        # məlumat olmadığını qeyd edir" (that there is no word of them).
        "taleyi_barədə_~_məlumat_olmadığ* taleyi_barəsində_~_məlumat_olmadığ* "
        "taleyi_haqqında_~_məlumat_olmadığ* taleyi_barədə_~_məlumat_olmaması* "
        "taleyi_barəsində_~_məlumat_olmaması* "
        # Not known, said by those who do not know it, in the active of "bilmək": "qalan beş
        # nəfərin taleyi barədə heç nə bilmirik", "ailələri onların harada olduğunu bilmir".
        "taleyi_barədə_~_bilmirik taleyi_barədə_~_bilmir taleyi_barədə_~_bilmirlər "
        "taleyi_barəsində_~_bilmirik taleyi_barəsində_~_bilmir taleyi_barəsində_~_bilmirlər "
        "taleyi_haqqında_~_bilmirik taleyi_haqqında_~_bilmir taleyi_haqqında_~_bilmirlər "
        "harada_olduğunu_bilmirik harada_olduğunu_bilmir harada_olduğunu_bilmirlər "
        "harada_olduqlarını_bilmirik harada_olduqlarını_bilmir harada_olduqlarını_bilmirlər "
        # Persons still under a collapsed building are missing until they are found
        # (under it, not "altından", from under it: those were taken out).
        "dağıntı*_altında dağıntı*_altındadır* dağıntı*_altındakı* "
        "uçqun*_altında uçqun*_altındadır* uçqun*_altındakı* "
        # Still awaited home, the families' word for their missing: "hələ də yolunu
        # gözlədiyimiz insanlar" (those whose way back we still watch for).
        "yolunu_gözlədiyi* yollarını_gözlədiyi* yolunu_gözləyir* yollarını_gözləyir*",
        "missing",
    ),
    # Found alive: no figure, and no part of the fate of its whole.
    **each(
        "sağ_tapıl* sağ_olaraq_tapıl* sağ-salamat_tapıl* diri_tapıl* sağ_çıxarıl* "
        # The rescuers' active verb: "dağıntılar altından 16 nəfəri sağ çıxarıb".
        "sağ_çıxarıb sağ_çıxardı* sağ_çıxarmış* sağ_xilas_edil* diri_çıxarıl* diri_çıxarıb",
        "alive",
    ),
    # Not found: persons, or their remains ("onlardan 9-nun qalıqları hələ də tapılmayıb").
    **each(
        "tapılmayıb tapılmamış* tapılmadı* aşkar_edilməyib aşkar_olunmayıb",
        "not_found",
    ),
    **each(
        "zorla_yoxa_çıxarıl* yoxa_çıxarıl* yoxa_çıx* məcburi_yoxa_çıxarıl* "
        # The law's own name of the act, "məcburi itkin düşmə" (enforced disappearance), and
        # its verb: "məcburi itkin düşüb" is not the "itkin düşüb" of the missing.
        "məcburi_itkin_düş* "
        # The newer term of the law, "(məcburi) yoxaparma": "yoxaparma halı qeydə alınmayıb".
        "yoxaparma* "
        # Taken away "naməlum istiqamətə": the mark of an enforced disappearance.
        "naməlum_istiqamət* naməlum_yer* "
        # Their trace was lost: "izi itən 214 nəfər", "onların izi itib".
        "izi_itən izi_itib izi_itmiş* izləri_itən izləri_itib "
        # Where they are held, or where they are, is not known: "8 nəfərin harada
        # saxlanıldığı hələ də məlum deyil", "harada olduqları məlum deyil", "harada
        # saxlanıldığı barədə ailələrə məlumat verilməyib", and the family cannot learn it,
        # "ailəsi onların harada olduğunu öyrənə bilmir" (whereabouts unknown, as the sets
        # count it: sealed7, sealed10, sealed15, sealed17).
        + " ".join(
            f"harada_{where}{gap}{unknown}"
            for where in ("saxlanıldığı", "saxlanıldıqları", "olduğu", "olduqları")
            for gap in ("_", "_~_")
            for unknown in (
                "məlum_deyil",
                "məlum_olmayan*",
                "məlum_olmadığı*",
                # One word for "not known", and "bəlli" for "məlum": "harada olduğu
                # naməlumdur", "naməlum olaraq qalır", "harada olduqları bəlli deyil".
                "naməlum*",
                "bəlli_deyil",
                "bilinmir",
                "barədə_~_məlumat_verilməyib",
                "barədə_~_məlumat_verilmir",
                # Not disclosed, kept from the families: "harada olduğu bu günədək
                # açıqlanmır", "harada saxlanıldığı gizlədilir" (the authorities' silence).
                "açıqlanmır",
                "açıqlanmayıb",
                "açıqlanmamış*",
                "bildirilmir",
                "bildirilməyib",
                "gizlədilir",
                "gizli_saxlanılır",
            )
        )
        + " "
        + " ".join(
            f"harada_{where}{gap}{cannot}"
            for where in ("saxlanıldığını", "saxlanıldıqlarını", "olduğunu", "olduqlarını")
            for gap in ("_", "_~_")
            for cannot in ("bilmir*", "öyrənə_bilmir*", "öyrənə_bilməyib*")
        ),
        "disappeared",
    ),
    **each(
        # An arrest in its cases ("həbsi", "həbslər", "həbsdə"), not the prison, "həbsxana",
        # where persons are and what befell them there is told by another verb ("onlardan
        # biri həbsxanada ölüb" is killed).
        "həbs_edil* həbs_olun* həbs həbsi* həbsə* həbsin* həbsdən* həbslə* saxlanıl* həbsə_alın* tutularaq_saxlanıl* həbsdə* "
        # Detention as a noun of cases: "212 özbaşına saxlanma halı", "qanunsuz saxlanma" (not
        # "saxlanma şəraiti", the conditions of detention, which count no one).
        "özbaşına_saxlanma* qanunsuz_saxlanma* saxlanma_hal* "
        # Brought to the police: "polis bölmələrinə gətirilib"; behind bars.
        "polis_bölmə*_gətiril* polis_şöbə*_gətiril* polis_idarə*_gətiril* "
        "polis_bölmə*_aparıl* polis_şöbə*_aparıl* dəmir_barmaqlıqlar_arxasında* "
        # The active verb as well as the passive, and the present of persons still held:
        # "12 nəfəri qanunsuz olaraq saxlayıb", "hələ 40 nəfəri saxlayır".
        f"{finite_forms('saxla')} saxladı* saxlayaraq saxlayan* "
        # Rounded up, persons driven together into one place by those who then hold them:
        # "əsgərlər 60 kişini stadionun meydançasına toplayıblar", "anbara yığdılar". The
        # active only, its object the persons: "toplanıb" and "toplaşıb" are as often a crowd
        # that gathered of its own will, and the relative participle is what was collected
        # ("topladığı məlumatlar"); a count in another case is vetoed (``trigger_vetoes``).
        f"{finite_forms('topla yığ')} topladığını topladıqlarını yığdığını yığdıqlarını "
        "toplayaraq yığaraq "
        # Caught, of persons sought: "20 nəfər yaxalanıb", "polis 20 nəfəri yaxalayıb" (no
        # other word begins so: "yaxalıq", collar, does not).
        "yaxala* "
        # Held pending trial: "istintaq təcridxanasına göndərilib", "həbs qətimkan tədbiri".
        "təcridxanasına_göndəril* təcridxanaya_göndəril* təcridxanasına_yerləşdiril* "
        # Admitted to pre-trial detention, the count between or not: "istintaq
        # təcridxanalarına 1 436 nəfər qəbul edilib".
        "təcridxana*_qəbul_edil* təcridxana*_~_qəbul_edil* təcridxana*_qəbul_olun* "
        "təcridxana*_~_qəbul_olun* "
        # Found, turned up, in a place of detention: held there ("itkin düşənlərdən 5-i
        # sonradan istintaq təcridxanasında aşkar edilib").
        "təcridxana*_aşkar_edil* təcridxana*_tapıl* təcridxana*_aşkarlan* "
        "həbsxana*_aşkar_edil* həbsxana*_tapıl* həbsxana*_aşkarlan* "
        "həbs_qətimkan_tədbiri* "
        # Unlawful deprivation of liberty (not a prison term, "müddətə azadlıqdan məhrum").
        "qanunsuz_olaraq_azadlıqdan_məhrum* qanunsuz_azadlıqdan_məhrum* "
        # Brought to a police station: taken into custody, whatever the stated purpose.
        # ("polis" is left out: it would be read as the counted noun, "police officers").
        "şöbəsinə_gətiril* bölməsinə_gətiril* polisə_aparıl* şöbəsinə_aparıl* "
        # … or to a place of detention ("saxlanılma yeri" alone names the place, below).
        "saxlanılma_yerinə_aparıl* saxlanılma_yerinə_gətiril* saxlanılma_yerinə_yerləşdiril* "
        "saxlanılma_yerində_saxlanıl* "
        # Handed over to the police, not released in an exchange: "polisə təhvil verilib".
        "polisə_təhvil_veril* polisə_təhvil_ver* polis_orqanlarına_təhvil_veril* "
        # Caught, arrested: "polis 20 nəfəri tutub" is left out ("tut-" is as often to hold,
        # to take up), the passive is the arrest ("62 nəfər tutulub", "tutulanların 7-si");
        # fired upon, intended and fallen ill are another sense (below).
        "tutul* "
        # Thrown or put into prison, the older idiom: "40 nəfər zindana atılıb", "türməyə
        # salınıb", "dəmir barmaqlıqlar arxasına salınıb".
        "zindana_atıl* zindana_salın* türməyə_atıl* türməyə_salın* həbsxanaya_atıl* "
        "həbsxanaya_salın* dəmir_barmaqlıqlar_arxasına*",
        "detained",
    ),
    # "tutul-" after a noun in the dative or locative that says what persons or places were
    # subjected to, not an arrest: fired upon ("kənd atəşə tutulub", "artilleriya atəşinə
    # tutulması"), bombed, targeted, intended ("üçün nəzərdə tutulub"), fallen ill.
    **each(
        "atəşə_tutul* atəşinə_tutul* atəş_altına_tutul* bombardmana_tutul* bombardmanlara_tutul* "
        "hədəfə_tutul* yağışına_tutul* zərbələrə_tutul* zərbəyə_tutul* nəzərdə_tutul* "
        "xəstəliyə_tutul* xəstəliklərə_tutul* yasa_tutul* " + AZ_NOT_IDENTIFIED + " "
        # A place of detention, no one held by it: "müraciətlərin 45-i saxlanılma yerlərində
        # pis rəftarla bağlıdır" (45 of the appeals concern places of detention).
        "saxlanılma_yer* saxlanma_yer* " + AZ_TRANSFERS_OF_THE_HELD + " " + AZ_HOMES_NOT_LEFT,
        "other_sense",
    ),
    **each(
        "işgəncə* işgəncələr* işgəncə_izləri* işgəncə_əlamətləri* "
        # Torture as the cause of a death said after it ("işgəncədən öldü", "işgəncə
        # nəticəsində ölüb"): a circumstance (``lexicon.az``), which the verb outranks.
        "işgəncədən işgəncələrdən işgəncə_nəticəsində işgəncələr_nəticəsində "
        # … or in a converb clause before it ("işgəncələrə məruz qalaraq həlak olub"), which
        # the finite verb after it outranks as well.
        "işgəncəyə_məruz_qalaraq işgəncələrə_məruz_qalaraq "
        # Beating is torture as statements count it (as "beaten", «избиты»), by its forms:
        # "döy*" would take the battles ("döyüşlər"). Beaten to death is killed (above).
        f"{finite_forms('döyül döy')} döyüldü* döyülən* döyülərək döydü* döyərək "
        "döyülməsi* döyülməyə_məruz* "
        # Marks of beating found on the body, as marks of torture: "döyülmə izləri".
        "döyülmə_izləri* döyülmə_əlamətləri* döymə_izləri* döymə_əlamətləri* "
        # … and marks of violence of any kind: "bədənində zorakılıq izləri aşkar edilib".
        "zorakılıq_izləri* zorakılıq_əlamətləri* "
        # … or the body bruised all over, as a witness sees the beaten: "beşinin də bədəni
        # göyərmişdi".
        "bədəni_göyər* bədənləri_göyər* bədəni_göm-göy* "
        # Violence used on persons, as «применяли насилие к …» (``ru_acts``): "23 əsgərə
        # qarşı zorakılıq tətbiq edib" (used violence against 23 soldiers), "zorakılığa məruz
        # qalıb" (subjected to violence).
        "zorakılıq_tətbiq_ed* zorakılığa_məruz_qal* "
        # Cruel or inhuman treatment, as "ill-treated" in English.
        "qəddar_rəftar* qeyri-insani_rəftar* pis_rəftar* "
        # A mock execution is torture, no killing: "saxta edamla hədələnib" (threatened with
        # a mock execution), "saxta edama məruz qalıb", "edam imitasiyası".
        "saxta_edam* edam_imitasiya*",
        "tortured",
    ),
    **each(
        "didərgin* qovul* deportasiya* sürgün* köçürül* ev*_tərk* yurd*_tərk* yaşayış_yer*_tərk* sərhədi_keç* "
        # Entered the country from beyond its border, the refugee agency's count: "sərhəddən
        # ölkəyə 1.275 nəfər daxil olub"; and those who came so, the arrivals it
        # registers ("gələnlərin ümumi sayı 9.640 nəfər olub"), as "arrivals" in English.
        "ölkəyə_~~_daxil_ol* ölkə_ərazisinə_~~_daxil_ol* respublikaya_~~_daxil_ol* gələnlərin_sayı "
        "gələnlərin_ümumi_sayı "
        # … named as the persons who came, another participle beside it or not: "bölgədən
        # gələn (və qeydə alınan) şəxslərin sayı 3.200 nəfərə çatıb".
        "gələn_şəxslərin_sayı gələn_insanların_sayı gələn_~_şəxslərin_sayı "
        # Crossed into another state: "qonşu respublikaya keçənlərin sayı", "xaricə keçib".
        "respublikaya_keç* respublikasına_keç* ölkəyə_keç* ölkəsinə_keç* xaricə_keç* "
        # … or into its territory, named after the state: "70 mini qonşu Sirvaniya ərazisinə
        # keçib" (the name itself is unknown to the lexicon; the territory is enough).
        "ərazisinə_keçib ərazisinə_keçmiş* ərazisinə_keçdi* ərazisinə_keçən* "
        # Or into another province or district, fleeing there: "6 mini qonşu vilayətə keçib".
        "vilayətə_keç* vilayətinə_keç* bölgəyə_keç* bölgəsinə_keç* rayona_keç* rayonuna_keç* "
        "tərk_etməyə_məcbur* "
        # Forced to go abroad, to emigrate: "11 jurnalist ölkədən getməyə məcbur olub",
        # "mühacirət etməyə məcbur olan 7 fəal" (who chose to emigrate are not here).
        "getməyə_məcbur* mühacirət_etməyə_məcbur* mühacirətə_getməyə_məcbur* mühacirətə_məcbur* "
        # Forced to move away: "5 min sakin qonşu rayonlara köçməyə məcbur olub".
        "köçməyə_məcbur* köçmək_məcburiyyətində* "
        "məcburi_köçkün_düş* köçkün_düş* köçkünə_çevril* qaçqın_düş* qaçqına_çevril* qaçıb "
        # Made into the displaced, with "məcburi" (forced) too and in the active: "300 uşaq
        # məcburi köçkünə çevrilib", "müharibə 300 uşağı köçkünə çevirib" (what they became,
        # not who they are: the children stay the group).
        "məcburi_köçkünə_çevril* məcburi_köçkünə_çevir* köçkünə_çevir* qaçqına_çevir* "
        # In the state of the displaced: "4.300 nəfər hələ də məcburi köçkün vəziyyətindədir".
        "köçkün_vəziyyətində* qaçqın_vəziyyətində* "
        "qaçmış* "
        # (Not every tense from the stem: "qaçır-" is also to kidnap, "qaçırdı", above.)
        "qaçmağa_məcbur* qaçdı* qaçaraq qaçıblar "
        # … and the present a timeline tells in ("900 sakin qonşu kəndə qaçır", flee): the bare
        # form only, for every longer one ("qaçırıb", "qaçırdı") is also to kidnap.
        "qaçır qaçırlar "
        # Who fled from where they lived ("kənddən qaçan 200 nəfər"; who fled a prison did not).
        "kənd*_qaçan* şəhər*_qaçan* qəsəbə*_qaçan* ev*_qaçan* yurd*_qaçan* rayon*_qaçan* "
        "bölgə*_qaçan* ölkə*_qaçan* "
        # The active verb as well as the passive ("zorla köçürüb": forcibly transferred), and
        # leaving one's village as leaving one's home ("kəndi tərk edib").
        f"zorla_köçür* {finite_forms('köçür')} kənd*_tərk* şəhər*_tərk* "
        # Moved away from where they lived ("80 ailə rayon mərkəzinə köçüb"): the intransitive
        # verb's finite forms only, for "dünyadan köçüb" (died) is matched whole before it.
        f"{finite_forms('köç')} köçərək "
        # Drove out, the active of "qovul-": "əsgərlər 300 sakini kənddən qovublar".
        f"{finite_forms('qov')} "
        # Leaving one's region or country as leaving one's village ("bölgəni tərk edib").
        "bölgə*_tərk* rayon*_tərk* ölkə*_tərk* "
        # Leaving one's (native) land: "doğma torpaqlarını tərk edib".
        "torpaq*_tərk* doğma_torpaq*_tərk* vətən*_tərk* "
        # The place left may stand first, before who left it and when: "Kəndi 200 nəfər
        # tərk edib", "Şəhəri bu ilin əvvəlindən bəri 12 mindən 15 minə qədər sakin tərk edib".
        "kəndi_~~_tərk* kəndini_~~_tərk* kəndlərini_~~_tərk* şəhəri_~~_tərk* şəhərini_~~_tərk* "
        "qəsəbəni_~~_tərk* evlərini_~~_tərk* rayonu_~~_tərk* bölgəni_~~_tərk* ölkəni_~~_tərk* "
        # Leaving the block of flats they lived in, as leaving one's home: "30 sakin yaşayış
        # binasını tərk edib", "binanı və qonşu evləri tərk ediblər" (the place first too).
        "bina*_tərk* yaşayış_bina*_tərk* binanı_~~_tərk* binasını_~~_tərk* binaları_~~_tərk* "
        "binalarını_~~_tərk* "
        # Evacuation moves people from their homes: statements count it as displacement.
        "evakuasiya_edil* evakuasiya_olun* təxliyə_edil* təxliyə_olun* "
        # The active as well ("nazirlik 1 200 sakini təxliyə edib"): the persons moved.
        "təxliyə_edib təxliyə_etmiş* təxliyə_etdi* evakuasiya_edib evakuasiya_etmiş* "
        "evakuasiya_etdi* "
        # Brought out by those who say so, in the first person of the rescuers: "kənddən 27
        # nəfəri çıxara bildik", "9 uşağı çıxardıq" (the third person, "çıxarıb", is as often
        # of remains dug up or of persons dismissed).
        "çıxardıq çıxartdıq çıxarmışıq çıxartmışıq çıxara_bildik çıxarda_bildik "
        "çıxara_bilmişik çıxarırıq "
        # Took refuge elsewhere: "yüzlərlə sakin qonşu rayonlara pənah aparıb".
        "pənah_apar* pənah_gətir* sığınacaq_tap* sığınıb sığınmış* sığındı* "
        # Living in a camp: those who left their homes ("düşərgədə 4 min nəfər yaşayır").
        "düşərgə*_yaşay* düşərgə*_~_yaşay* "
        # Left without a home: "7 min ailə evini itirib", "evsiz qalan sakinlər".
        "evini_itir* evlərini_itir* evsiz_qal* yurdsuz_qal* "
        # Whose homes were destroyed, a relative clause before the count: "Evləri dağılmış
        # altı ailə qohumlarının yanında yaşayır" (left homeless).
        "evləri_dağılmış evləri_dağıdılmış evləri_yanmış evləri_yandırılmış evi_dağılmış "
        "evi_dağıdılmış evi_yanmış evi_yandırılmış "
        # Without shelter: "18 minə yaxın ailə sığınacaqsız qalıb", "evsiz-eşiksiz qalıb".
        "sığınacaqsız_qal* evsiz-eşiksiz_qal* "
        # … left so by those who did it: "240 nəfəri sığınacaqsız qoyub", "evsiz qoyublar".
        "sığınacaqsız_qoy* evsiz-eşiksiz_qoy* evsiz_qoy* "
        # Left out in the open, their shelter lost: "yanğından sonra yüzlərlə insan açıq
        # havada qalıb".
        "açıq_havada_qal* açıq_səma_altında_qal* "
        # Waiting to cross or to be evacuated, or out in the open for it: "yüzlərlə sakin
        # çayın sahilində keçidi gözləyir", "səfirlikdə 40 nəfər təxliyəni gözləyir",
        # "məntəqənin yanında açıq havada gözləyirlər" (waiting for news is not).
        "keçidi_gözlə* keçid_gözlə* təxliyəni_gözlə* təxliyə_gözlə* evakuasiyanı_gözlə* "
        "açıq_havada_gözlə* "
        # Living in tents after losing their homes: "çadırlarda yaşayırlar".
        "çadırlarda_yaşa* çadırda_yaşa* "
        # … or in a shelter for those who left their homes, the place said after the persons
        # or before them: "212 nəfər sığınacaqlarda yaşayır", "Sığınacaqda 212 nəfər qalır".
        "sığınacaqda_yaşa* sığınacaqlarda_yaşa* sığınacaqda_qal* sığınacaqlarda_qal* "
        "çadırlarda_~_yaşa* sığınacaqda_~_yaşa* sığınacaqlarda_~_yaşa* sığınacaqda_~_qal* "
        "sığınacaqlarda_~_qal* "
        # Put out of their homes, evicted: "300 sakin evlərindən çıxarılıb" (brought out of a
        # home alone, "çıxarılıb", is of remains or of rescued persons).
        "evlərindən_çıxarıl* evindən_çıxarıl* evlərindən_çıxarıb* evlərindən_çıxardı* "
        "evlərindən_zorla_çıxarıl* evindən_zorla_çıxarıl* evlərindən_qovul* evindən_qovul* "
        # Moved from their place, the humanitarian term: "7.300 nəfər yerindən edilib",
        # "(məcburi) yerindən edilmiş şəxslər"; the active too ("300 sakini yerindən edib").
        "yerindən_edil* yerlərindən_edil* yerindən_edib* yerlərindən_edib* yerindən_etmiş* "
        f"yerlərindən_etmiş* {AZ_LEFT_FROM_WHERE_THEY_LIVED}",
        "displaced",
    ),
    # Put up away from home (``resolve_category``): "70 sakin idman zalında yerləşdirilib".
    # (The verb's forms only: "yerləşdirilməsi", placing, is no act done.)
    **each(
        "yerləşdirilib yerləşdirilmiş* yerləşdirildi* məskunlaşdırılıb məskunlaşdırılmış*",
        "housed",
    ),
    **each(
        "şəxsiyyəti_müəyyən* şəxsiyyətləri_müəyyən* kimliyi_müəyyən* kimlikləri_müəyyən* "
        # The active, with the identity in the accusative: "1830 nəfərin şəxsiyyətini müəyyən
        # edib".
        "şəxsiyyətini_müəyyən* şəxsiyyətlərini_müəyyən* kimliyini_müəyyən* kimliklərini_müəyyən* "
        "identifikasiya* eyniləşdiril* şəxsiyyəti_~_müəyyən* şəxsiyyətləri_~_müəyyən* "
        # The active ("1 012 qalığı eyniləşdirib"), and "tanınıb" of the dead recognised (its
        # exact forms: "tanınmış" is well known, "kimi tanınıb" recognised as something).
        "eyniləşdirib eyniləşdiriblər eyniləşdirmiş* eyniləşdirdi* tanınıb tanınıblar "
        "kimliyi_~_müəyyən* "
        # The identity confirmed: "28 nəfərin şəxsiyyəti təsdiqlənib".
        "şəxsiyyəti_təsdiqlən* şəxsiyyətləri_təsdiqlən* kimliyi_təsdiqlən* kimlikləri_təsdiqlən* "
        # Who they were, established by DNA: "onlardan beşinin bizim əzizlərimiz olduğu DNT
        # analizi ilə müəyyən edildi" (that five were our relatives).
        "olduğu_dnt_~_müəyyən* olduqları_dnt_~_müəyyən* olduğu_dnt_~_təsdiqlən* "
        "olduqları_dnt_~_təsdiqlən* "
        # Found and identified: identifying remains finds them first; the figure is the
        # identified ("40 nəfərin qalıqları tapılaraq eyniləşdirilib").
        "tapılaraq_eyniləşdiril* tapılıb_və_eyniləşdiril* tapılaraq_identifikasiya* "
        "çıxarılaraq_eyniləşdiril* tapılaraq_şəxsiyyəti_müəyyən*",
        "identified",
    ),
    **each(
        "ölü_tapıl* ölü_halda_tapıl* meyiti_tapıl* meyitləri_tapıl* "
        + " ".join(phrase.replace(" ", "_") for phrase in AZ_REMAINS_FOUND),
        "found_dead",
    ),
    **each(
        "kökü_kəsil* sağ_qalan_olmayıb heç_kim_sağ_qalmayıb "
        # "səkkiz ailə bütün üzvlərini itirib": all of a family lost.
        "bütün_üzvlərini_itir* bütün_üzvləri_həlak_ol*",
        "families_wiped_out",
    ),
    **each(
        "məhv_edil* məhv_ed* məhv_ol* dağıdıl* dağıtdı* dağıdıb* dağıdılma* yandırıl* yandırıb* "
        # The active perfect and past: "23 yaşayış evini yandırmışdır", "evləri yandırdılar".
        "yandırmış* yandırdı* dağıtmış* "
        # (Looted, "talan edilib", is no destruction: the things are still standing.)
        "yerlə_yeksan* yerlə-yeksan* uçurul* darmadağın* viran_qoyul* "
        # Pulled down, the active of "uçurulub": "40 evi uçurublar".
        f"{finite_forms('uçur')} "
        # Burned down (of itself): "12 ev yanıb"; of persons, burned to death.
        # (Not every tense of "yan-": "yandı", "yanır" are as often of a fire or a light.)
        "yanıb yanmış* yanaraq_kül_olub "
        # Demolished: "139 yaşayış evi sökülüb".
        f"sökül* sökdü* {finite_forms('sök')} "
        # … and the converb of each, of what was done on the way to the main verb: "38 evi
        # sökərək 240 nəfəri sığınacaqsız qoyub", "kəndi yandıraraq".
        "sökərək dağıdaraq yandıraraq uçuraraq məhv_edərək "
        # Damaged or destroyed, told together: "zədələnib və ya dağıdılıb".
        "zədələn*_və_ya_dağıdıl* zədələn*_və_dağıdıl* zədələn*_və_ya_dağıl* zədələn*_və_dağıl*",
        "destroy",
    ),
    # Collapsed, fell apart: what only things do ("5 məktəb dağılıb", "binanın uçduğu").
    # … or became unfit for use ("12 mənzil yararsız hala düşüb"), as good as destroyed.
    **each(
        f"{finite_forms('dağıl uç')} dağıldığı* dağılan* uçduğu* "
        "yararsız_hala_düş* yararsız_vəziyyətə_düş* yararsız_hala_salın* "
        "yararsız_vəziyyətə_salın*",
        "collapse",
    ),
    **each(
        "tapıl* aşkar_edil* aşkarlan* aşkar_olun* aşkara_çıxarıl* eksqumasiya* "
        # Brought out, of remains, in every tense: "5 nəfərin qalıqları çıxarıldı".
        f"{finite_forms('çıxarıl')} "
        # … and in the verbal noun, as a report retells it: "ekspert 11 nəfərin qalıqlarının
        # çıxarıldığını bildirib" (said that the remains of 11 were brought out).
        "çıxarıldığ* çıxarıldıq* "
        # The active as well as the passive: "11 meyit aşkar edib", "meyitlərini aşkarladı".
        f"aşkar_ed* {finite_forms('aşkarla')} "
        "çıxarılan* çıxarılmış* sayıb sayıblar sayılıb "
        # The active voice too, of remains brought out: "ekspertlər 19 nəfərin qalıqlarını
        # çıxarıb" (of persons the verb resolves to nothing, see ``resolve_category``).
        "çıxarıb çıxarıblar çıxardı* "
        # The active voice, as testimony says it: "onlardan ikisinin meyitini tapdıq", and of
        # others, in every tense: "beş nəfərin meyitini tapıblar".
        f"tapdıq tapdım {finite_forms('tap')} "
        # Bodies a witness saw: "küçədə ən azı on cəsəd gördüm".
        "gördüm gördük gördü gördülər görmüşəm görmüşük saydım saydıq "
        # Bodies brought to a morgue were found dead (persons brought there are not counted).
        "morqa_gətiril* morqa_çatdırıl* morqa_aparıl* morqa_~_gətiril* morqa_~_çatdırıl* "
        # Bodies buried were found first: "7 nəfərin cəsədi dəfn olunub" (of persons, "12
        # şəhid dəfn edilib", it says nothing new: ``resolve_category``).
        "dəfn_edil* dəfn_olun* "
        # … or put in the ground, the other verb for it: "cəsədlər iki çuxurda basdırılıb".
        f"{finite_forms('basdırıl')}",
        "find",
    ),
}
