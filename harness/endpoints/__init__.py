"""Models behind OpenAI-compatible HTTP APIs: endpoints, retries, caching, costs.

Importing this package registers the ``openai:`` model provider with
:func:`harness.providers.make_model`.
"""

from harness.endpoints.base import GenerationRequest, GenerationResponse, ModelEndpoint
from harness.endpoints.config import EndpointSettings, list_endpoints, resolve_settings
from harness.endpoints.provider import OpenAIModel

__all__ = [
    "EndpointSettings",
    "GenerationRequest",
    "GenerationResponse",
    "ModelEndpoint",
    "OpenAIModel",
    "list_endpoints",
    "resolve_settings",
]
