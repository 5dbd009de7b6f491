"""What the spider hands to the pipeline: one article with all its pages."""

from crawlers.rawstore import StoredArticle, StoredPage

__all__ = ["StoredArticle", "StoredPage"]
