from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "rightsledger.registry"
    label = "registry"
    verbose_name = "Victim registry"

    def ready(self) -> None:
        from rightsledger.registry import deletion
        from rightsledger.web.deletion import register_dependents

        register_dependents(deletion.LABELS)
        # The dashboard reads the case's figures from the running tallies kept here.
        from rightsledger.records.summary import install_figure_reader
        from rightsledger.registry.tallies import summary_figures

        install_figure_reader(summary_figures)
        # The registry's background job kinds, imported when such a job first runs: a
        # command that runs none does not load the analysis stack.
        from rightsledger.jobs.runner import declare_kinds

        # The list importer and registry.derive import each other: the package first.
        from rightsledger.registry import importing  # noqa: F401

        declare_kinds("rightsledger.registry.background", "import-list", "link")
        declare_kinds("rightsledger.registry.estimating", "estimate")
        declare_kinds("rightsledger.registry.previewing", "preview-list")
