"""Two-factor authentication (TOTP and recovery codes, with django-otp): who must use it,
who has it, and the actions that turn it on, renew the recovery codes and turn it off.

Each action writes an entry to the global history chain in the same transaction; entries
say what happened, never the secret or a code.
"""

from __future__ import annotations

from typing import Any

import segno
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django_otp import user_has_device
from django_otp import verify_token as otp_verify_token
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from rightsledger.cases.history import append_entry
from rightsledger.cases.models import HistoryEntry, Membership
from rightsledger.cases.roles import Role

RECOVERY_CODES = 10
AUTHENTICATOR_NAME = "authenticator"
RECOVERY_NAME = "recovery codes"


def has_two_factor(user: Any) -> bool:
    """Whether logging in as ``user`` takes a second factor (a confirmed device)."""
    return bool(user_has_device(user, confirmed=True))


def two_factor_required(user: Any) -> bool:
    """Owners of a case and administrators must use two factors in production."""
    if not settings.TWO_FACTOR_REQUIRED or not user.is_authenticated:
        return False
    return bool(user.is_superuser or Membership.objects.filter(user=user, role=Role.OWNER).exists())


def device_for_code(user: Any, code: str) -> Device:
    """The confirmed device that accepts ``code``: six digits are the authenticator's, any
    other code is a recovery code (used up once accepted).  ValidationError otherwise.

    django-otp slows down guessing per device: after each wrong code the next attempt
    must wait twice as long as the last.
    """
    code = "".join(code.split()).casefold()
    if not code:
        raise ValidationError(_("Give the code from your authenticator app or a recovery code."))
    model: type[Device] = TOTPDevice if len(code) == 6 and code.isdigit() else StaticDevice
    device = model.objects.filter(user=user, confirmed=True).first()
    if device is not None:
        allowed, _info = device.verify_is_allowed()
        if not allowed:
            raise ValidationError(_("Too many wrong codes. Wait a minute and try again."))
        accepted = otp_verify_token(user, device.persistent_id, code)
        if accepted is not None:
            return accepted
    raise ValidationError(_("This code is not valid."))


def pending_authenticator(user: Any) -> TOTPDevice:
    """The authenticator being set up (unconfirmed), made with a fresh secret if none is."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)
    return device


def secret_text(device: TOTPDevice) -> str:
    """The secret as an authenticator app takes it typed in (base32, in groups of four)."""
    from base64 import b32encode

    encoded = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(encoded[i : i + 4] for i in range(0, len(encoded), 4))


def qr_svg(device: TOTPDevice) -> str:
    """The setup QR code as inline SVG, made here: no image service, no script."""
    svg: str = segno.make(device.config_url, error="m").svg_inline(
        scale=4, border=4, light="#fff", title=_("QR code")
    )
    return svg


def _record(user: Any, acting_user: Any, what: str) -> None:
    append_entry(
        case=None,
        actor=acting_user,
        action=HistoryEntry.Action.UPDATE,
        object_type="auth.user",
        object_id=str(user.pk),
        object_repr=user.get_username(),
        after={"two_factor": what},
    )


def _new_recovery_codes(user: Any) -> list[str]:
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def confirm_authenticator(*, user: Any, device: TOTPDevice, code: str) -> list[str]:
    """Turn two factors on once the app shows a valid code; returns the recovery codes.

    The codes are returned once, to be shown once: they are not displayed again.
    """
    if device.user_id != user.pk or device.confirmed:
        raise ValidationError(_("This authenticator is not being set up."))
    # Checked before the transaction: a wrong code's throttling count must stay recorded.
    if not device.verify_token(code.replace(" ", "")):
        raise ValidationError({"code": _("This code is not valid. Check the time on your device.")})
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        codes = _new_recovery_codes(user)
        _record(user, user, "authenticator confirmed")
    return codes


def renew_recovery_codes(*, user: Any) -> list[str]:
    """New recovery codes (the old ones stop working), for a user who has two factors."""
    if not has_two_factor(user):
        raise ValidationError(_("Two-factor authentication is not on."))
    with transaction.atomic():
        codes = _new_recovery_codes(user)
        _record(user, user, "recovery codes renewed")
    return codes


def turn_off_two_factor(*, user: Any, acting_user: Any) -> None:
    """Remove every device; refused where two factors are required for this user."""
    if two_factor_required(user):
        raise ValidationError(_("Owners and administrators must keep two-factor authentication."))
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
        _record(user, acting_user, "off")


def remaining_recovery_codes(user: Any) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()
