"""Scrapy settings: polite by default (robots.txt, AutoThrottle, few requests per host).

Benchmarks and tests against loopback override the delays with `-s NAME=VALUE`.
"""

BOT_NAME = "pantau"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"

# An honest user agent that says who we are and why.
USER_AGENT = "pantau/0.1 (+https://github.com/pantau-id/pantau; monitoring berita netralitas ASN)"
ROBOTSTXT_OBEY = True

# Politeness: a handful of parallel requests overall, two per outlet, adaptive delays.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.25
DOWNLOAD_DELAY_JITTER = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0

# Unreliable regional sites: bounded time, bounded size, a few retries.
DOWNLOAD_TIMEOUT = 20
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 10
DNS_TIMEOUT = 10

COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
HTTPCACHE_ENABLED = False

ITEM_PIPELINES = {"crawlers.pipelines.RawStorePipeline": 300}

LOG_LEVEL = "INFO"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOGSTATS_INTERVAL = 0  # pantau shows its own progress

# pantau's own settings (set by crawlers.run): where to store, where to report.
PANTAU_RAW_STORE = None
PANTAU_STATS_FILE = None
PANTAU_SOURCES_FILE = None
PANTAU_ONLY_SOURCES = None
PANTAU_SINCE = None  # ISO day: links dated earlier (sitemap lastmod, news date, feed date) are not fetched
PANTAU_MAX_NEW = 0  # new articles per source and run; 0: each source's max_new_articles
PANTAU_EVENTS = False  # send log lines and live figures as JSON lines on stdout (crawlers.events)
PANTAU_UNTIL = None  # backfill: ISO day, the window's last day (default: today in Jakarta)
PANTAU_ALL_TOPICS = False  # backfill: fetch every archive link in the window, without the topic filter
PANTAU_MAX_ARTICLE_PAGES = 20
PANTAU_MAX_SITEMAPS = 50
PANTAU_SITEMAP_MAXSIZE = 50 * 1024 * 1024  # the sitemap protocol's own limit (uncompressed)

# Retries wait before trying again: exponential backoff, or the server's Retry-After
# (up to PANTAU_RETRY_AFTER_MAX; a longer pause is left to the next run).
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawlers.middlewares.BackoffRetryMiddleware": 550,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawlers.middlewares.RobotsTxt": 100,
}
# A callback that raises is reported as one failure line; its traceback goes to the debug log.
SPIDER_MIDDLEWARES = {"crawlers.middlewares.SpiderErrors": 50}
PANTAU_RETRY_BACKOFF_BASE = 1.0
PANTAU_RETRY_BACKOFF_MAX = 30.0
PANTAU_RETRY_AFTER_MAX = 60.0
