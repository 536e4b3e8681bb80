"""Azerbaijani: stems matched by prefix, since every word carries its endings. The acts are in
``az_acts``, the words that reject, doubt or replace a figure in ``az_denials``."""

from __future__ import annotations

from rightsledger.analysis.statements.lexicon import (
    BODY,
    FAMILY,
    GRAVE,
    PERSON,
    SITE,
    UNIT,
    Lexicon,
)
from rightsledger.analysis.statements.lexicon import (
    each as _each,
)
from rightsledger.analysis.statements.lexicon.az_acts import (
    AZ_DISCHARGED,
    AZ_HURT_BY_DEGREE,
    AZ_IN_PATIENT,
    AZ_REMAINS_FOUND,
    TRIGGERS,
)
from rightsledger.analysis.statements.lexicon.az_denials import DENIALS
from rightsledger.analysis.statements.lexicon.az_verbs import with_light_verb_forms


def _split(text: str) -> list[str]:
    return text.split()


NOUNS = {
    **_each(
        "nəfər* insan* adam* şəxs* sakin* dinc_sakin* mülki_şəxs* mülki_əhali* vətəndaş* "
        "soydaş* azərbaycanlı* həmvətən* kəndli* can "
        # Relatives, counted as everyone ("25 qohum saxlanılıb"): who they are kin to is
        # no group of theirs.
        "qohum qohumlar qohumu qohumları qohumun qohumların qohumdan qohumlardan "
        # A member of staff ("bir əməkdaşımız yaralanıb"); whose staff, the statement says
        # (``aid_staff``), or a label before it does ("polis əməkdaşı").
        "əməkdaş* "
        # A hospital's patients ("iki xəstə reanimasiyada vəfat edib"); by form, not by stem,
        # for "xəstəxana" (hospital) shares it.
        "xəstə xəstələr xəstəni xəstələri xəstənin xəstələrin xəstədən xəstələrdən xəstəyə "
        "xəstələrə "
        # … and by the borrowed word: "11 pasiyent cərrahi əməliyyat keçirib".
        "pasiyent* "
        # Young people ("20-yə yaxın gənci apardı"), by form: "Gəncə" is a city.
        "gənc gənclər gənci gəncləri gəncin gənclərin gəncdən gənclərdən "
        # Activists, counted as everyone (as the sets do), by form: the stem begins
        # "fəaliyyət" (activity) and "fəallıq" too.
        "fəal fəallar fəalı fəalları fəalın fəalların fəala fəallara fəaldan fəallardan",
        PERSON,
    ),
    **_each("qadın* gənc_qadın*", "subgroup:women"),
    **_each("kişi* gənc_oğlan*", "subgroup:men"),
    # Adolescent boys and girls are minors: "iki yeniyetmə oğlan" counts children, as "gənc
    # oğlan" (a young man) counts men; the word of age before the word of sex says who.
    **_each(
        "yeniyetmə_oğlan* azyaşlı_oğlan* yeniyetmə_qız yeniyetmə_qızlar* yeniyetmə_qızı "
        "yeniyetmə_qızın yeniyetmə_qıza yeniyetmə_qızdan "
        "azyaşlı_qız azyaşlı_qızlar* azyaşlı_qızı azyaşlı_qızın azyaşlı_qıza azyaşlı_qızdan",
        "subgroup:children",
    ),
    **_each(
        # Not of age, by the participle in "-an", or said of the part in the past in "-mış"
        # ("6-sı yetkinlik yaşına çatmamışdı", had not come of age) or in the present perfect
        # ("ikisi yetkinlik yaşına çatmayıb", has not); the bare "-mış" before a count
        # ("yetkinlik yaşına çatmamış 2 məhbus") is the count's attribute, no noun, but after
        # a count and before "var" (there are) it is the noun: "arasında 2 yetkinlik yaşına
        # çatmamış var". With a case ending it is a noun too, as an attribute never is: "9
        # qadını və 6 yetkinlik yaşına çatmamışı girov götürüb".
        "uşaq* uşağ* azyaşlı* körpə* yeniyetmə* yetkinlik_yaşına_çatmayan* "
        "yetkinlik_yaşına_çatmamışd* yetkinlik_yaşına_çatmamışlar* yetkinlik_yaşına_çatmayıb* "
        "yetkinlik_yaşına_çatmamış_var yetkinlik_yaşına_çatmamışı yetkinlik_yaşına_çatmamışın* "
        "yetkinlik_yaşına_çatmamışa "
        # The bare "-mış" before a noun of persons makes one noun with it: "7-si yetkinlik
        # yaşına çatmamış şəxsdir" (seven of them are persons not of age).
        "yetkinlik_yaşına_çatmamış_şəxs* yetkinlik_yaşına_çatmamış_nəfər* "
        # … and a boy or girl so, the age before the sex saying who, as "azyaşlı oğlan" does.
        "yetkinlik_yaşına_çatmamış_oğlan* yetkinlik_yaşına_çatmamış_qız "
        "yetkinlik_yaşına_çatmamış_qızlar* yetkinlik_yaşına_çatmamış_qızı*",
        "subgroup:children",
    ),
    **_each("qoca* yaşlı* ahıl* qocalar* yaşlı_insan* ahıl_yaşlı*", "subgroup:elderly"),
    # Not by stem: "Qızıl Aypara" (Red Crescent), "Qızılqaya" are no girls.
    **_each(
        "qız qızlar* qızı qızın qıza qızda qızdan qızdır qızım qızımız qızını qızıdır",
        "label:girls",
    ),
    **_each("oğlan*", "label:boys"),
    # Media workers and representatives of the media ("KİV", mass media) are journalists.
    # Reporters and photojournalists are journalists too ("dörd reportyor", "iki fotomüxbir").
    **_each(
        "jurnalist* müxbir* reportyor* fotojurnalist* fotomüxbir* media_işçi* media_nümayəndə* "
        "kiv_nümayəndə*",
        "label:journalists",
    ),
    # Those who took part in a protest, by the word the text uses.
    **_each(
        "etirazçı* aksiya_iştirakçı* etiraz_iştirakçı* "
        # Who marched or rallied: "yürüş iştirakçıları arasında ölən olmayıb".
        "yürüş_iştirakçı* mitinq_iştirakçı* piket_iştirakçı*",
        "label:protesters",
    ),
    **_each("nümayişçi* nümayiş_iştirakçı*", "label:demonstrators"),
    # Health workers by the word for public health too: "səhiyyə işçilərindən 3-ü".
    **_each(
        "həkim* tibb_işçi* tibb_bacı* feldşer* səhiyyə_işçi* səhiyyə_əməkdaş*",
        "label:medical workers",
    ),
    # "Sağlamlıq imkanları məhdud şəxs" (a person of limited health abilities), the term of
    # Azerbaijani law for a person with disabilities.
    **_each("əlil* əlilliyi_olan* sağlamlıq_imkanları_məhdud*", "label:persons with disabilities"),
    **_each("hamilə_qadın*", "label:pregnant women"),
    **_each("hərbçi* hərbi_qulluqçu* əsgər* döyüşçü*", "label:servicemen"),
    **_each("polis* polis_əməkdaş* polis_işçi*", "label:police officers"),
    # Occupations statements name as the victims' group: a free label, as journalists are.
    **_each("mədənçi* şaxtaçı*", "label:miners"),
    **_each("sərhədçi*", "label:border guards"),
    **_each("müəllim*", "label:teachers"),
    # Election observers, a free label as in English and Russian ("19 müşahidəçi xəsarət alıb").
    **_each("müşahidəçi*", "label:observers"),
    # Ministers of any faith: a free label, whatever their church calls them.
    **_each("din_xadim* ruhani* imam* molla* keşiş* ravvin*", "label:clergy"),
    # Those who clear mines and those who crew a ship or aircraft: free labels.
    **_each("minatəmizləyən* minaaxtaran* sapyor*", "label:deminers"),
    **_each("ekipaj_üzv*", "label:crew members"),
    **_each("tələbə*", "label:students"),
    # Pupils of a school are children, whatever the school calls them.
    **_each("şagird* məktəbli*", "subgroup:children"),
    # Counted as a family's offspring ("köçkün ailələrin 300 övladı"): children, as "uşaqları".
    **_each("övlad*", "subgroup:children"),
    **_each("könüllü*", "label:volunteers"),
    **_each("balıqçı*", "label:fishermen"),
    **_each("sürücü*", "label:drivers"),
    **_each("yanğınsöndürən* yanğın_söndürən*", "label:firefighters"),
    **_each("humanitar_işçi* humanitar_əməkdaş* yardım_işçi*", "label:aid workers"),
    **_each("hüquq_müdafiəçi* insan_hüquqları_müdafiəçi*", "label:human rights defenders"),
    **_each("vəkil*", "label:lawyers"),
    # Citizens of another state: a free label, as in English and Russian ("58 əcnəbi
    # vətəndaş", "xarici vətəndaşlar"; not "xarici" alone, which is any foreign thing).
    **_each("əcnəbi_vətəndaş* xarici_vətəndaş* əcnəbi əcnəbilər*", "label:foreign nationals"),
    **_each("ailə*", FAMILY),
    # The singular in its cases too ("40 evin dağıdılması", "40 evdən 12-si"); not "ev*",
    # which would take "evakuasiya".
    **_each(
        "ev evlər* evi evini evin evə evdə evdən yaşayış_ev* yaşayış_bina* mənzil*",
        "property:homes",
    ),
    **_each("məktəb*", "property:schools"),
    # Schools, kindergartens and colleges counted together: the text's own broader kind.
    **_each("təhsil_müəssisə* tədris_müəssisə*", "property:educational institutions"),
    **_each("uşaq_bağça*", "property:kindergartens"),
    # A block of flats is counted apart from the houses: "çoxmənzilli bina — 4".
    **_each("çoxmənzilli_bina* çoxmənzilli_yaşayış_bina*", "property:apartment buildings"),
    # Tents of a camp are shelters, not homes: "15 çadır yanıb".
    **_each("çadır*", "property:shelters"),
    # What imagery counts: built structures of any use ("1.120 tikilidən 347-si").
    **_each("tikili*", "property:structures"),
    **_each("xəstəxana*", "property:hospitals"),
    # A health facility may be a hospital or a first-aid post: the broader kind, kept as named.
    # A polyclinic or outpatient clinic treats outpatients: a health facility, not a hospital.
    **_each(
        "tibb_müəssisə* səhiyyə_müəssisə* poliklinika* ambulatoriya* "
        # A first-aid post, named by what it does: "tibb məntəqəsi", "feldşer-mama məntəqəsi".
        "tibb_məntəqə* feldşer_məntəqə* feldşer-mama_məntəqə* həkim_məntəqə*",
        "property:health facilities",
    ),
    **_each("məscid* kilsə* ibadət_yer* məbəd* sinaqoq* ibadətgah*", "property:places of worship"),
    **_each("abidə* muzey* tarixi_abidə* kitabxana* teatr*", "property:cultural sites"),
    **_each("bina*", "property:buildings"),
    **_each("körpü*", "property:bridges"),
    # Kiosks and stalls of a market: "ticarət köşkü", "köşk".
    **_each("köşk* ticarət_köşk* piştaxta*", "property:market stalls"),
    **_each("kənd* yaşayış_məntəqə*", "property:settlements"),
    **_each(
        "kütləvi_məzarlıq* məzarlıq* kütləvi_məzar* məzar* basdırılma_yer* dəfn_yer* "
        "kütləvi_basdırılma_yer* "
        # A grave's pit is the grave ("üç məzar çuxurundan"), not a pit until named one.
        "məzar_çuxur* "
        # A grave by its forms, not "qəbiristanlıq" (a cemetery).
        "qəbir qəbri qəbrə qəbrin qəbirdə qəbirdən qəbirlər* fərdi_qəbir*",
        GRAVE,
    ),
    # Pits and trenches are sites: burial sites where the dead lie in them ("meyitlər üç
    # çuxurda basdırılıb"), not where a well is dug for water (``sites_of_the_dead``).
    **_each("quyu* çuxur* xəndək*", SITE),
    # "insan qalıqları": human remains; bones found are remains found ("quyuda yeddi nəfərin
    # sümükləri tapıldı"); "cənazə", the body made ready for burial ("15 hərbçinin cənazəsi").
    **_each("meyit* cəsəd* qalıq* nəş* insan_qalıq* sümük* skelet* cənazə*", BODY),
    **_each("girov* əsir* hərbi_əsir*", "implied:captured"),
    # Convicts by their inflected forms: bare "məhkum" is also "convicted" ("məhkum edib").
    **_each(
        "məhbus* dustaq* məhkum məhkumlar* məhkumun məhkumu məhkuma məhkumdan həbsdə_olan*",
        "implied:detained",
    ),
    **_each("qaçqın* köçkün* məcburi_köçkün*", "implied:displaced"),
    **_each("yaralı*", "implied:injured"),
    **_each("ölü ölüdən ölünün ölünü ölüyə ölülər* şəhid*", "implied:killed"),
    # … and the sought, as a plural noun ("axtarılanlardan 60-ı", of those sought), as
    # «разыскиваемые»; not the participle before a noun ("axtarılan şübhəli", a suspect wanted).
    **_each("itkin_düşmüş* itkin_düşən* axtarılanlar*", "implied:missing"),
    **_each(
        "saat* gün günü günün günlük* həftə* ay ayda ayı aylıq il ildə ili illər* illik sutka* "
        # How long, not how many ("girovlar 7 gündür saxlanılır": held for 7 days); not
        # "gün*", which would take "günahsız" (innocent) too.
        "gündür gündən günə günədək günlər* aydır aydan aya ayadək aylar* ildir ildən ilədək "
        # Pieces: "2 ədəd fotoşəkil".
        "ədəd fotoşəkil* fotoşəkl* şəkil* şəkl* "
        "yaş yaşı yaşında yaşdan yaşa yaşına yaşınadək yaşadək km kilometr* metr* faiz* % "
        "hektar* dollar* manat* avro* funt* kron* lirə* frank* qrivna* dinar* "
        # Weights and volumes of what is handed over: "40 ton humanitar yük".
        "ton tonu tonluq kiloqram* kq litr* "
        "dəfə* əsr* onillik* mərmi* raket* tank* nömrəli saylı "
        # A number called, not persons: "146 qaynar xətti vasitəsilə" (the hotline 146).
        "qaynar_xətti* qaynar_xəttə "
        # Places of detention visited or inspected: "120 saxlanılma yerinə baxış keçirib".
        "saxlanılma_yer* saxlanma_yer* "
        # Weapons and vehicles are things: "iki raket düşüb", "üç avtomobil yandırılıb".
        "bomba* dron* pilotsuz* qumbara* avtomobil* maşın* avtobus* yük_maşın* "
        "helikopter* təyyarə* gəmi* qayıq* "
        # Animals are not the persons statements count: "300 qoyun tələf olub".
        "qoyun* inək* keçi* atlar* mal-qara* heyvan* donuz* "
        # Papers are counted, not persons; not the verb made of the noun ("418 faktı
        # sənədləşdirib", documented), which counts nothing.
        "sənəd sənədi* sənədin* sənədə sənədd* sənədlər* şikayət* müraciət* məktub* ərizə* məlumat* "
        # … and so are the calls a hotline takes: "212 zəng daxil olub" (not "zəngin", rich).
        "zəng zəngi zəngdən zənglər* "
        # What monitors did is counted too, not persons: "31 səfər", "87 müsahibə".
        "səfər* ziyarət* müsahibə* "
        # Estimates and versions of a toll are counted, not persons: "ölənlərin sayına
        # dair iki təxmin".
        "təxmin təxminlər* versiya* "
        # Samples are taken from persons, not persons: "9.400 DNT nümunəsi".
        "nümunə* dnt "
        # Suspects are counted as the crime's authors, not as persons it befell: "dörd
        # şübhəli şəxs saxlanılıb" counts no victims ("şübhəli bilinən 27 nəfər", persons
        # suspected of a part, counts the persons: the noun there is "nəfər").
        "şübhəli şübhəlilər* şübhəlini şübhəlinin şübhəlidən şübhəli_şəxs*",
        UNIT,
    ),
}

# Not "bir çox", "çoxlu": more than a few, and no order of magnitude (as "many").
VAGUE = _each(
    "onlarla yüzlərlə minlərlə on_minlərlə yüz_minlərlə bir_neçə "
    "yüzlərcə minlərcə onlarca bir_sıra "
    # Several of them, the part: "onlardan bir neçəsi həkimə müraciət edib".
    "bir_neçəsi bir_neçəsini bir_neçəsinin "
    # Several hundred, several thousand: no number, as "several hundred" is not 100.
    "bir_neçə_yüz bir_neçə_min bir_neçə_on_min bir_neçə_yüz_min",
    "vague",
)

# With the accusative too, the object of an active verb: "girovların heç birini buraxmayıblar"
# (none let go). Not the genitive: "heç birinin taleyi məlum deyil" is the fate of all unknown.
ZERO = _each("heç_kim heç_kimi heç_bir heç_biri heç_birini", "zero")

QUALIFIERS_BEFORE = {
    **_each("ən_azı azı ən_az azından minimum", "at_least"),
    **_each("ən_çoxu maksimum ən_çox", "at_most"),
    **_each("təxminən təqribən təxmini azqala az_qala demək_olar_ki", "about"),
}
# After the number, which carries the ending they govern: "600-dən çox", "600-ə yaxın".
QUALIFIERS_AFTER = {
    # "sayı 40-ı ötüb / keçib / aşıb": passed (not "keçmiş", which is also "former").
    **_each("çox* artıq* yuxarı ötüb ötmüş* ötdü* aşıb aşmış* aşdı* keçib keçdi*", "at_least"),
    # A little more: "600 nəfərdən bir qədər çox" (not the numeral one).
    **_each("bir_qədər_çox* bir_az_çox* bir_qədər_artıq* bir_az_artıq*", "at_least"),
    # "40 və daha çox", "40+": that many and more.
    **_each("və_daha_çox* və_daha_artıq* +", "at_least"),
    **_each("qədər* az azı azdır", "at_most"),
    # What a toll may reach bounds it from above: "sayı 500-ə çata bilər", as «может достигать».
    **_each("çata_bilər çatmış_ola_bilər", "at_most"),
    # Not fewer: "20-dən az deyil", "20-dən az olmayaraq" (no fewer than 20).
    **_each("az_deyil* az_olmayaraq az_olmayan* az_olmamaqla", "at_least"),
    # Not more: "15-dən çox olmayan" (no more than 15), "20-dən artıq deyil".
    **_each(
        "çox_deyil* çox_olmayaraq çox_olmayan* artıq_deyil* artıq_olmayaraq artıq_olmayan*",
        "at_most",
    ),
    **_each("yaxın*", "about"),
    # An estimate said in a parenthesis after the number: "1 275 400 (təxmini)".
    **_each("(_təxmini_) (_təxminən_) (_təxmini_hesablama_)", "about"),
}

NEST_BEFORE = _each(
    "o_cümlədən onlardan bunlardan qurbanlardan onlardan_da bunlardan_da onların_arasında "
    # Of us, in a witness's account: "bizdən beş nəfəri döyərək öldürdülər".
    "bizdən bizlərdən aramızdan "
    # … and among us, where we were held or fled: "Aramızda 8 uşaq var idi".
    "aramızda bizim_aramızda içimizdə "
    "onların_içərisində onlar_arasında böyüklər_arasında böyüklərin_arasında yetkinlər_arasında bunların_arasında bunların_içərisində "
    "onların_sırasında həlak_olanların_arasında həlak_olanlar_arasında "
    "həlak_olanların_içərisində girovların_arasında əsirlərin_arasında "
    "yaralananların_arasında yaralıların_arasında qurbanların_arasında "
    # Of the deaths counted, as cases: "Ölüm hallarından ikisi intihar kimi qeydə alınıb".
    "ölüm_hallarından ölüm_hallarının_arasında ölüm_halları_arasında "
    "həlak_olanlardan öldürülənlərdən öldürülənlərin_arasında yaralanan*_arasında "
    "yaralanan*_içərisində həlak_olan*_arasında həlak_olan*_içərisində öldürülən*_arasında "
    "girov*_arasında əsir*_arasında itkin*_arasında qurban*_arasında saxlanılan*_arasında "
    "azad_edilən*_arasında əfv_olunan*_arasında əfv_edilən*_arasında onlar*_arasında bunlar*_arasında onlar*_içərisində "
    "ölən*_arasında ölən*_içərisində ölənlər_arasında "
    # Of those the act befell, in the ablative: "deportasiya olunanlardan azı 6 min nəfər",
    # "girov götürülənlərdən 12 nəfər".
    "deportasiya_olunanlardan sürgün_olunanlardan köçürülənlərdən girov_götürülənlərdən "
    "əsir_götürülənlərdən saxlanılanlardan həbs_olunanlardan tutulanlardan "
    # … or by coming back, of the released (``AzerbaijaniWholes._az_the_released_came_back``):
    # "Qayıdanlardan 5-i ağır yaralıdır".
    "qayıdanlardan geri_qayıdanlardan "
    # The cases counted, named again, a part of them in the ablative or the genitive: "Bu
    # hallardan 31-də" (in 31 of these cases), "bu halların 18-i", "həmin faktlardan 7-si".
    "bu_hallardan bu_halların həmin_hallardan həmin_halların bu_faktlardan bu_faktların "
    "həmin_faktlardan həmin_faktların "
    # The persons counted, named again: "bu şəxslərdən 611 nəfəri".
    "bu_şəxslərdən həmin_şəxslərdən bu_insanlardan həmin_insanlardan "
    # … or as those on the list just counted: "Siyahıdakı şəxslərdən 2 mindən çoxu".
    "siyahıdakı_şəxslərdən siyahıdakı_insanlardan siyahıdakılardan "
    # … or by its number: "bu sayda 71 uşaq var" (in this number), "həmin saydan 40 nəfəri".
    "bu_sayda həmin_sayda bu_saydan həmin_saydan bu_rəqəmdə bu_rəqəmdən "
    # … or named by a noun of the act: "köçkünlərdən 600 nəfəri", "girovlardan 12-si".
    "qaçqınlardan köçkünlərdən girovlardan əsirlərdən yaralılardan məhbuslardan dustaqlardan "
    # … or as those who suffered it, the victims: "zərərçəkənlərdən yeddisi" (of the victims,
    # seven), as "qurbanlardan".
    "zərərçəkənlərdən zərərçəkmişlərdən zərər_çəkənlərdən zərərçəkənlərin_arasında "
    "zərərçəkənlər_arasında zərərçəkmişlər_arasında "
    # The hurt in the nominative before "arasında" too: "yaralılar arasında iki həkim var".
    "yaralılar_arasında "
    # Those still sought, of the missing just counted: "Axtarılanlar arasında 90 uşaq var"
    # (as "itkinlər arasında"; a part, so the whole before it says what they are).
    "axtarılanlar_arasında axtarılanların_arasında axtarılanların_içərisində "
    "axtarılanlardan",
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
        "olaraq kimi üçün görə sonra əvvəl daxil olmaqla "
        # Adverbs of time that open the predicate after a part ("10-u hələ də həbsdədir").
        "hələ hazırda indi sonradan yenə"
    )
)
CONJUNCTIONS = frozenset(["və", ",", "həmçinin", "habelə", "ilə"])

LEXICON = Lexicon(
    language="az",
    triggers=with_light_verb_forms(TRIGGERS),
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
    denials=with_light_verb_forms(DENIALS),
    inmates=_each("məhbus* dustaq* məhkum məhkumlar* məhkumun məhkumu məhkuma məhkumdan", "inmate"),
    penal_institutions=_each(
        "həbsxana* cəzaçəkmə* penitensiar* islah_müəssisə* koloniya* təcridxana*", "prison"
    ),
    coordinators=frozenset({"lakin", "amma", "ancaq", "və", "isə"}),
    reporting=with_light_verb_forms(
        _each(
            "bildir* deyir* dedi* qeyd_ed* açıqla* məlumat_ver* təsdiqlə* hesab_edir* "
            # Voiced, claimed, reported: "11 rəqəmini səsləndirir", "iddia edir", "xəbər verib".
            "səsləndir* iddia_ed* xəbər_ver* "
            "məlumatına_görə sözlərinə_görə "
            # Findings of an examination: "təhlilə görə", "ekspertizanın rəyinə görə".
            "təhlilə_görə təhlilin_nəticəsinə_görə nəticəsinə_görə nəticələrinə_görə "
            "ekspertizaya_görə rəyinə_görə",
            "reporting",
        )
    ),
    circumstances=frozenset(
        {"əsirlikdə*", "girovluqda*", "həbsdə*"}
        | {"dağıntı* altında", "dağıntı* altındadır*", "dağıntı* altındakı*"}
        | {"uçqun* altında", "uçqun* altındadır*", "uçqun* altındakı*"}
        | {"işgəncədən", "işgəncələrdən", "işgəncə nəticəsində", "işgəncələr nəticəsində"}
        | {"işgəncəyə məruz qalaraq", "işgəncələrə məruz qalaraq"}
        | set(AZ_REMAINS_FOUND)
    ),
    # None yet: the statements the reader is measured on disagree on "onlardan 4 nəfərin
    # taleyi məlum deyil" said of a part of the detained (one set reads it missing, another
    # disappeared), so Azerbaijani keeps it missing until they agree.
    fates=frozenset(),
    severities=_each(
        "xəstəxanaya_yerləşdiril* xəstəxanaya_çatdırıl* xəstəxanaya_aparıl* xəstəxanaya_gətiril* "
        "xəstəxanaya_müraciət_ed* "
        "xəstəxanaya_yerləşdirilən* xəstəxanaya_düşən* ambulator_yardım* ambulator_müalicə* "
        + f"{AZ_DISCHARGED} {AZ_IN_PATIENT} "
        + AZ_HURT_BY_DEGREE,
        "severity",
    ),
)
