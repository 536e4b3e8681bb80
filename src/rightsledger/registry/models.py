"""Imported lists, their raw rows (verbatim, forever), the records derived from them, and
the linkage of records into persons with binding human decisions."""

from __future__ import annotations

from collections import Counter

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from rightsledger.cases.models import CaseScopedModel
from rightsledger.records.models import Person, Source

CANONICAL_COLUMNS = (
    "record_id", "full_name", "given_name", "surname", "patronymic", "sex", "birth_date",
    "birth_year", "age", "place_of_origin", "event_date", "event_place", "status",
    "family_id", "notes",
)  # fmt: skip
# What each column of a list row is called on the pages (the review queue, the import's
# column choice): a user reads "Given name", not the column's key.
COLUMN_LABELS = {
    "record_id": _("Record number"), "full_name": _("Full name"), "given_name": _("Given name"),
    "surname": _("Surname"), "patronymic": _("Father's name"), "sex": _("Sex"),
    "birth_date": _("Birth date"), "birth_year": _("Birth year"), "age": _("Age"),
    "place_of_origin": _("Place of origin"), "event_date": _("Date of the event"),
    "event_place": _("Place of the event"), "status": _("Status"),
    "status_as_given": _("Status as given"), "family_id": _("Family number"), "notes": _("Notes"),
}  # fmt: skip


def documented_label(source_title: str | None) -> str:
    """The name of a source as shown beside a fact; facts entered by hand have none."""
    return source_title or str(_("entered by documenters"))


class SourceLabels(dict[int | None, str]):
    """Names of sources by id; any other key (None, 0: facts entered by hand) is read as the
    documenters'."""

    def __missing__(self, key: int | None) -> str:
        return documented_label(None)


def source_labels(case_id: int) -> SourceLabels:
    """Each source of the case by id, with the name its facts are shown and counted under:
    its title, followed by its number where another source of the case has the same title
    (two lists called alike stay two sources)."""
    titles = dict(Source.objects.filter(case_id=case_id).values_list("pk", "title"))
    shared = Counter(titles.values())
    return SourceLabels({
        pk: f"{title} (№ {pk})" if shared[title] > 1 else documented_label(title)
        for pk, title in titles.items()
    })  # fmt: skip


class ListImport(CaseScopedModel):
    """One file imported as one source's list."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="imports")
    # The event the list documents: its rows become victims of acts in this event.
    event = models.ForeignKey(
        "records.Event", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    file_name = models.CharField(max_length=300)
    file_sha256 = models.CharField(max_length=64)
    file_size = models.BigIntegerField()
    file_format = models.CharField(max_length=8)
    encoding = models.CharField(max_length=32, blank=True)
    delimiter = models.CharField(max_length=4, blank=True)
    header = models.JSONField(default=list, blank=True)
    mapping = models.JSONField(
        default=dict, blank=True, help_text=_("canonical column → file column")
    )
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    imported_at = models.DateTimeField(auto_now_add=True)
    rows_imported = models.PositiveIntegerField(default=0)
    rows_with_warnings = models.PositiveIntegerField(default=0)
    skipped_rows = models.JSONField(
        default=list, blank=True, help_text=_("rows refused, with reasons")
    )
    # The list writes its numeric dates month first (04/14/1994), as the import found over
    # all its dates (``analysis.list_dates.writes_month_first``); its dates are read so.
    dates_month_first = models.BooleanField(default=False)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["case", "file_sha256"], name="one_import_per_file")
        ]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.source})"


class RawRow(CaseScopedModel):
    """A row exactly as it stood in the file, with where it stood."""

    list_import = models.ForeignKey(ListImport, on_delete=models.PROTECT, related_name="rows")
    row_number = models.PositiveIntegerField(help_text=_("1 = the first row after the header"))
    cells = models.JSONField(help_text=_("the row's cells, verbatim, in file order"))

    class Meta:
        ordering = ["list_import", "row_number"]
        constraints = [
            models.UniqueConstraint(fields=["list_import", "row_number"], name="one_raw_row")
        ]

    def __str__(self) -> str:
        return f"{self.list_import.file_name}:{self.row_number}"


class SourceRecord(CaseScopedModel):
    """What one source says about one person: canonical fields as given, never corrected.

    Most records are list rows (``list_import`` and ``raw_row`` set).  A *documented* record
    stands for what the case's documenters entered by hand about a person: it is refreshed
    from that person before each linkage run, stays with its person, and lets hand-entered
    persons be matched to list rows like any record.
    """

    list_import = models.ForeignKey(
        ListImport, null=True, blank=True, on_delete=models.PROTECT, related_name="records"
    )
    raw_row = models.OneToOneField(
        RawRow, null=True, blank=True, on_delete=models.PROTECT, related_name="record"
    )
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.PROTECT, related_name="records"
    )
    documented = models.BooleanField(default=False)
    record_id = models.CharField(max_length=100)
    full_name = models.CharField(max_length=300, blank=True)
    given_name = models.CharField(max_length=150, blank=True)
    surname = models.CharField(max_length=150, blank=True)
    patronymic = models.CharField(max_length=150, blank=True)
    sex = models.CharField(max_length=16, blank=True)
    birth_date = models.CharField(max_length=40, blank=True, help_text=_("as given"))
    birth_year = models.PositiveSmallIntegerField(null=True, blank=True)
    age = models.PositiveSmallIntegerField(null=True, blank=True)
    place_of_origin = models.CharField(max_length=200, blank=True)
    event_date = models.CharField(max_length=40, blank=True, help_text=_("as given"))
    event_place = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=16, blank=True, help_text=_("a victim status or blank"))
    status_as_given = models.CharField(max_length=100, blank=True)
    family_id = models.CharField(max_length=100, blank=True)
    notes = models.TextField(blank=True)
    warnings = models.JSONField(default=list, blank=True)
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="source_records"
    )

    class Meta:
        ordering = ["pk"]
        indexes = [
            models.Index(fields=["case", "person"]),
            models.Index(fields=["case", "status"]),
            # The rows of one list's family: a household is walked through them.
            models.Index(fields=["source", "family_id"], name="registry_sr_family"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["person"], condition=models.Q(documented=True), name="one_documented_record"
            ),
            models.CheckConstraint(
                condition=models.Q(documented=True)
                | models.Q(list_import__isnull=False, raw_row__isnull=False, source__isnull=False),
                name="list_record_has_its_row",
            ),
        ]

    def __str__(self) -> str:
        origin = _("documented") if self.documented else self.source
        return f"{origin} #{self.record_id}: {self.display_name}"

    @property
    def origin(self) -> str:
        """Who gives the record: its list's source, or the case's documenters."""
        return documented_label(self.source.title if self.source else None)

    @property
    def display_name(self) -> str:
        return self.full_name or " ".join(
            p for p in (self.surname, self.given_name, self.patronymic) if p
        )


class MatchDecision(CaseScopedModel):
    """A person's judgement on a pair of records; binding on every later linkage run."""

    class Verdict(models.TextChoices):
        MATCH = "match", _("same person")
        NON_MATCH = "non_match", _("not the same person")
        UNSURE = "unsure", _("unsure")

    record_a = models.ForeignKey(SourceRecord, on_delete=models.CASCADE, related_name="+")
    record_b = models.ForeignKey(SourceRecord, on_delete=models.CASCADE, related_name="+")
    verdict = models.CharField(max_length=16, choices=Verdict.choices)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(auto_now=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["record_a", "record_b"], name="one_decision_per_pair"),
            models.CheckConstraint(
                condition=models.Q(record_a__lt=models.F("record_b")), name="pair_in_order"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.record_a_id}~{self.record_b_id}: {self.verdict}"


class LinkageRun(CaseScopedModel):
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    finished_at = models.DateTimeField(auto_now_add=True)
    parameters = models.JSONField(default=dict, blank=True)
    records = models.PositiveIntegerField(default=0)
    persons = models.PositiveIntegerField(default=0)
    auto_merged_pairs = models.PositiveIntegerField(default=0)
    review_pairs = models.PositiveIntegerField(default=0)
    is_current = models.BooleanField(default=True)

    class Meta:
        ordering = ["-pk"]

    def __str__(self) -> str:
        return f"linkage run {self.pk} ({self.finished_at:%Y-%m-%d %H:%M})"


class ReviewPair(CaseScopedModel):
    """A pair in the uncertain band of a run, waiting for (or carrying) a human decision."""

    run = models.ForeignKey(LinkageRun, on_delete=models.CASCADE, related_name="review_queue")
    record_a = models.ForeignKey(SourceRecord, on_delete=models.CASCADE, related_name="+")
    record_b = models.ForeignKey(SourceRecord, on_delete=models.CASCADE, related_name="+")
    match_probability = models.FloatField()
    match_weight = models.FloatField()
    evidence = models.JSONField(
        default=list, blank=True, help_text=_("per comparison: level and weight")
    )

    class Meta:
        ordering = ["-match_probability", "pk"]

    def __str__(self) -> str:
        return f"{self.record_a_id}~{self.record_b_id} ({self.match_probability:.2f})"


class LinkedPerson(CaseScopedModel):
    """Marks a person the linkage created, so a later run may update or retire it."""

    person = models.OneToOneField(Person, on_delete=models.CASCADE, related_name="linkage")
    created_by_run = models.ForeignKey(
        LinkageRun, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"linked {self.person}"


class StoredEstimate(CaseScopedModel):
    """An estimate kept with its exact input, so a report can cite and anyone can re-run it."""

    method = models.CharField(max_length=16)
    parameters = models.JSONField(default=dict, blank=True)
    status_filter = models.CharField(max_length=16, blank=True)
    stratify = models.CharField(max_length=32, blank=True)
    capture_history = models.JSONField(help_text=_("lists, patterns and counts (and strata)"))
    fingerprint = models.CharField(max_length=64)
    estimate = models.FloatField(null=True)
    lower = models.FloatField(null=True)
    upper = models.FloatField(null=True)
    observed = models.PositiveIntegerField()
    warnings = models.JSONField(default=list, blank=True)
    result = models.JSONField(help_text=_("the full result, as the estimator gave it"))
    summary_text = models.TextField(blank=True)
    summary_html = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-pk"]

    def __str__(self) -> str:
        shown = f"{self.estimate:,.0f}" if self.estimate is not None else "no estimate"
        return f"{self.method}: {shown} (observed {self.observed})"


class FigureTally(models.Model):
    """Derived data: the case's figures as running counts, kept by ``registry.tallies``.

    ``counts`` maps a tally token (a figure, a figure by source, a conflict, a figure's
    persons awaiting review: see ``tallies``) to its number of persons, as of the history
    link ``sequence`` and the age limits it was counted with.  Rebuilt from the record at
    any time; never a source of truth.
    """

    case = models.OneToOneField(
        "cases.Case", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    sequence = models.BigIntegerField(default=0)
    child_below = models.PositiveSmallIntegerField()
    elderly_from = models.PositiveSmallIntegerField()
    counts = models.JSONField(default=dict)

    def __str__(self) -> str:
        return f"figure tally of case {self.case_id} as of #{self.sequence}"


class EventTally(models.Model):
    """Derived data: the sums of one event's persons' tally tokens (the event and the events
    within it), kept by ``registry.tallies`` beside the case's and moved by the same
    differences; made when the event's figures are first read, dropped when the case is
    counted again.  ``counts`` holds the households' marks too (an event counts the
    households wholly inside it)."""

    event_id = models.BigIntegerField(primary_key=True)
    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="+")
    sequence = models.BigIntegerField(default=0)
    counts = models.JSONField(default=dict)

    def __str__(self) -> str:
        return f"figure tally of event {self.event_id} as of #{self.sequence}"


class PersonTally(models.Model):
    """Derived data: the tally tokens one person counts in (what the person adds to
    ``FigureTally.counts``), kept so that a change to the person moves the counts by the
    difference.  Keyed by the person's id without a foreign key: the row of a deleted person
    must outlive it until its counts are taken back."""

    person_id = models.BigIntegerField(primary_key=True)
    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="+")
    tokens = models.TextField(blank=True)

    class Meta:
        indexes = [models.Index(fields=["case", "person_id"])]

    def __str__(self) -> str:
        return f"tally of person {self.person_id}"


class TallyHint(models.Model):
    """Derived data: a person a bulk history entry changed, named by the write that made it
    (a merge or a split knows the two persons it moved rows between; the entry itself names
    rows, not what they belonged to before).  A bulk entry without hints makes the tallies
    count the whole case again."""

    entry_id = models.BigIntegerField(db_index=True)
    person_id = models.BigIntegerField()

    def __str__(self) -> str:
        return f"entry {self.entry_id} changed person {self.person_id}"
