"""One extension per feature; `ShowFaqBot.setup_hook` loads them in this order."""

EXTENSIONS: tuple[str, ...] = (
    "bot.exts.errors",
    "bot.exts.ask",
    "bot.exts.quotes",
    "bot.exts.cast",
    "bot.exts.revival",
    "bot.exts.about",
)
