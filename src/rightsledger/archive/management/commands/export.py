from rightsledger.archive.subcommands import EXPORT_SUBCOMMANDS, SubcommandCommand


class Command(SubcommandCommand):
    help = "Export records (see the subcommands)."
    subcommands = EXPORT_SUBCOMMANDS
