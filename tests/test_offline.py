"""No network and no downloaded nltk data: the engine must work with both taken away."""

import subprocess
import sys


def test_analyze_needs_no_nltk_data_and_never_downloads(tmp_path):
    code = (
        "import nltk, nltk.data\n"
        "def boom(*a, **k): raise AssertionError('nltk data or download requested')\n"
        "nltk.download = boom; nltk.data.find = boom; nltk.data.load = boom\n"
        "import socket\n"
        "socket.socket.connect = boom\n"
        "from framing_tui import analyze\n"
        "r = analyze('Mr. Smith said the U.S. plan was a disaster. \"We will fight,\" he said.')\n"
        "assert len(r.sentences) == 2, r.sentences\n"
    )
    env = {"NLTK_DATA": str(tmp_path), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr[-1000:]


def test_the_same_input_gives_the_same_report():
    from framing_tui import analyze

    text = 'Critics say the so-called reform is a disaster. "It works," Mayor Ann Lee said.'
    assert analyze(text).to_dict() == analyze(text).to_dict()
