"""The review site: every fact highlighted in its release, with corrections that become gold."""

from extractor.review.build import Summary, build_site
from extractor.review.sources import Failure, Release, read_inputs

__all__ = ["Failure", "Release", "Summary", "build_site", "read_inputs"]
