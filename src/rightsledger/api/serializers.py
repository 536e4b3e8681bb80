"""What every app's serializers share: the acting user and the shape of a warning."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers


def acting_user(serializer: serializers.BaseSerializer[Any]) -> Any:
    return serializer.context["request"].user


class WarningSerializer(serializers.Serializer):
    code = serializers.CharField(read_only=True)
    message = serializers.CharField(read_only=True)
