import pytest

from framing_tui.engine import structure
from framing_tui.engine.structure import classify, paragraphs


def kinds(text: str) -> list[tuple[str, str]]:
    blocks = classify(text, paragraphs(text))
    return [(b.kind, text[b.start : b.end]) for b in blocks]


def test_headline_is_a_short_first_line_without_final_punctuation():
    got = kinds("Council backs bus line\n\nThe council voted on Tuesday.")
    assert got == [("headline", "Council backs bus line"), ("body", "The council voted on Tuesday.")]


def test_a_first_line_ending_in_a_full_stop_is_body():
    assert kinds("The council voted.\n\nIt was late.")[0][0] == "body"


@pytest.mark.parametrize(
    "line, kind",
    [
        ("A wind farm outside Redmond on June 3. (Photo: Staff/Getty Images)", "caption"),
        ("AFP PHOTO / STAFF", "caption"),
        ("Photo credit should read JANE ROE/AFP via Getty Images", "caption"),
        ("By Dana Whitfield, Staff Writer", "byline"),
        ("Related: Five things to know about the budget", "promo"),
        ("Subscribe to our newsletter for daily updates", "promo"),
        ("Share this article", "promo"),
    ],
)
def test_non_prose_lines_are_labelled(line, kind):
    text = f"Headline here\n\nFirst paragraph of the story.\n\n{line}\n\nMore of the story follows here."
    got = dict((t, k) for k, t in kinds(text))
    assert got[line] == kind
    assert got["More of the story follows here."] == "body"


def test_about_the_author_marks_the_bio_that_follows():
    text = "Head\n\nStory text.\n\nAbout the Author\n\nJo Roe writes about energy. She lives in Ohio."
    got = kinds(text)
    assert [k for k, _ in got] == ["headline", "body", "bio", "bio"]


def test_a_closing_author_line_is_a_bio():
    text = "Head\n\nOne.\n\nTwo.\n\nThree.\n\nJordan Ellery is a columnist who writes about courts."
    assert kinds(text)[-1][0] == "bio"


def test_a_long_paragraph_mentioning_getty_images_is_still_prose():
    long = "The agency, which licenses photos to Getty Images, said " + "it grew quickly and " * 30 + "then slowed."
    assert kinds(f"Head\n\n{long}")[1][0] == "body"


def test_single_newlines_separate_paragraphs_unless_the_text_is_hard_wrapped():
    one_a_line = "Head\nFirst paragraph ends here.\nSecond paragraph ends here."
    assert len(paragraphs(one_a_line)) == 3
    wrapped = (
        "Head\n\nThis paragraph is wrapped at a\nfixed width so its lines do\nnot end in punctuation.\n\nNext one."
    )
    spans = paragraphs(wrapped)
    assert len(spans) == 3
    assert wrapped[spans[1][0] : spans[1][1]].endswith("punctuation.")


def test_spans_are_trimmed_and_inside_the_text():
    text = "  Head  \r\n\r\n   Body text here.   \n"
    for a, b in paragraphs(text):
        assert 0 <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_every_line_break_convention_gives_the_same_blocks(newline):
    text = newline.join(["Council backs plan", "", "First paragraph.", "", "Second paragraph."])
    got = kinds(text)
    assert got == [("headline", "Council backs plan"), ("body", "First paragraph."), ("body", "Second paragraph.")]


@pytest.mark.parametrize(
    "text",
    [
        "AFP PHOTO / Jane Roe",
        "Photo credit should read JANE ROE/AFP via Getty Images",
        "The mayor speaks (Jane Roe/Getty Images)",
        "(ap photo/jane roe)",
        "(Reuters)",
        "(EPA)",
        "(Shutterstock)",
        "(File Photo)",
        "Getty Images",
        "Photos by Jane Roe",
        "Image: the bridge",
        "Pictures credit Jane",
        "Caption: the bridge",
        "Video: the vote",
        "[File]",
        "The bridge at night / Reuters",
        "Related: the budget",
        "Read more",
        "Read also: the vote",
        "More:",
        "Also read | the vote",
        "See also",
        "Watch",
        "Listen:",
        "Tags: budget",
        "Advertisement",
        "Sponsored content",
        "Share this article",
        "Share on Twitter",
        "Click here to vote",
        "Continue reading below",
        "Follow us",
        "Sign up now",
        "Subscribe",
        "Please subscribe to our list.",
        "You can sign up for the digest.",
        "Get the newsletter.",
        "Readers can follow us on the site.",
        "Share: ",
        "Facebook | Twitter",
        "Email, LinkedIn",
        "The council met on Tuesday to discuss the budget.",
        "More than half of the voters agreed.",
        "  Related: the budget",
        "\u00a0Share: ",
        "\tmore:",
        "Voters read more about it.",
        "\u212aelvin (Reuters)",
    ],
)
def test_the_gates_never_hide_a_caption_or_promo_line(text):
    for gated in (structure.CAPTION, structure.PROMO):
        assert bool(gated.search(text)) == bool(gated.pattern.search(text))
