from rightsledger.archive.subcommands import IMPORT_SUBCOMMANDS, SubcommandCommand


class Command(SubcommandCommand):
    help = "Import records (see the subcommands)."
    subcommands = IMPORT_SUBCOMMANDS
