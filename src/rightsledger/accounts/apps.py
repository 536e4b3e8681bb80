from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "rightsledger.accounts"
    label = "accounts"
    verbose_name = "Accounts and sign-in"
