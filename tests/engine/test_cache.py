"""The compiled lexicon is cached on disk and rebuilt when a module changes."""

import os

from framing_tui.engine import lexicon_cache


def test_the_disk_cache_is_used_and_invalidated_by_a_changed_module(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("FRAMING_NO_CACHE", raising=False)
    mine = tmp_path / "mine.toml"
    mine.write_text(
        '[module]\nid = "mine"\ntitle = "t"\ndescription = "d"\nsource = "s"\ncategory = "loaded"\n'
        '[[entries]]\nterms = ["zorblax"]\nexplanation = "e"\nexamples = ["A zorblax."]\n'
    )
    lexicon_cache._CACHE.clear()
    first = lexicon_cache.load_lexicon([mine])
    files = list((tmp_path / "cache" / "framing-tui").glob("lexicon-*.pickle"))
    assert len(files) == 1

    def no_compiling(*a, **k):
        raise AssertionError("the lexicon was compiled again instead of read from the cache")

    lexicon_cache._CACHE.clear()
    monkeypatch.setattr(lexicon_cache, "load_modules", no_compiling)
    again = lexicon_cache.load_lexicon([mine])
    assert "loaded.zorblax" in again.entries and again is not first

    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    mine.write_text(mine.read_text().replace("zorblax", "quixbot"))
    os.utime(mine, ns=(1, 1))  # a different mtime, whatever the clock's resolution
    lexicon_cache._CACHE.clear()
    changed = lexicon_cache.load_lexicon([mine])
    assert "loaded.quixbot" in changed.entries and "loaded.zorblax" not in changed.entries
