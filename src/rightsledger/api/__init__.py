"""The REST API: thin viewsets that validate input with serializers and call actions."""
