"""The Docker sandbox: image build, engine housekeeping and the ``docker`` executor."""

from sandboxes.docker.engine import docker_available, remove_leftovers
from sandboxes.docker.executor import DockerExecutor
from sandboxes.docker.image import ImageBuildError, build_image, ensure_image, image_tag

__all__ = ["DockerExecutor", "ImageBuildError", "build_image", "docker_available", "ensure_image", "image_tag",
           "remove_leftovers"]
