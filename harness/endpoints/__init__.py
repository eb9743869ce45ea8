"""Models behind OpenAI-compatible HTTP APIs: endpoints, retries, caching, costs, extraction.

Importing this package registers the ``openai:`` model provider with
:func:`harness.models.make_model`.
"""

from harness.endpoints.base import GenerationRequest, GenerationResponse, ModelEndpoint
from harness.endpoints.config import EndpointSettings, list_endpoints, resolve_settings
from harness.endpoints.extract import Extraction, extract_code
from harness.endpoints.provider import OpenAIModel

__all__ = [
    "EndpointSettings",
    "Extraction",
    "GenerationRequest",
    "GenerationResponse",
    "ModelEndpoint",
    "OpenAIModel",
    "extract_code",
    "list_endpoints",
    "resolve_settings",
]
