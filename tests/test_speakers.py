"""Who says a meeting's words: the statements of a meeting's participants are theirs only where the sentence makes
them its speaker (the subject of its verb of saying), not wherever it names them. Every article here is written for
the test."""
from __future__ import annotations

from test_news_articles import events, meetings

ARTICLE = ("Mahama and Tinubu meet in Abuja\n\nMay 9, 2025\n\n"
           "Ghanaian President John Mahama met Nigerian President Bola Tinubu in Abuja on Thursday to discuss trade "
           "across the West African coast.\n\n")


def speakers(text: str, phrase: str) -> set[str | None]:
    """The speakers of the meeting's statements whose sentence holds `phrase` (empty: no statement of it)."""
    found = meetings(events(ARTICLE + text), "John Mahama", "Bola Tinubu")
    assert found, "the meeting itself is found"
    return {(s.get("speaker") or {}).get("name") for e in found for s in e.get("statements", [])
            if phrase in s["text"]}


def test_a_participant_named_in_what_someone_else_says_is_not_its_speaker():
    # an ambassador reports the meeting: no participant's words
    assert speakers("Ghana's ambassador to Nigeria, Kwame Asante, said that Mahama had met Tinubu for two hours.",
                    "Kwame Asante") == set()
    # a president who was not at the meeting speaks to one who was
    assert speakers("Last month, Senegalese President Bassirou Diomaye Faye told Tinubu that the region needed "
                    "open roads.", "Faye told Tinubu") == set()


def test_the_speaker_is_the_subject_of_the_verb_of_saying_not_the_first_name_of_the_sentence():
    assert speakers("After the talks with Mahama, Tinubu said the two countries would remove the checkpoints.",
                    "remove the checkpoints") == {"Bola Tinubu"}
    # a name inside the quotation is not the speaker, whichever quotation marks the scraped text mixes
    assert speakers("“I told Tinubu that our traders want open roads,\" Mahama said.", "open roads") == {"John Mahama"}
    # "he" tells the participant it is not told to
    assert speakers("Mahama praised the hosts. During the talks, he told Tinubu that Ghana would reopen its markets.",
                    "reopen its markets") == {"John Mahama"}


def test_a_body_that_says_what_a_participant_wants_gives_the_participant_s_words():
    assert speakers("The Nigerian foreign ministry said Tinubu wants a common market by 2027.",
                    "common market") == {"Bola Tinubu"}
    # what a body says of something else is no participant's
    assert speakers("Ghana's government says the talks between Mahama and Tinubu were long overdue.",
                    "long overdue") == set()


def test_an_act_said_inside_a_clause_of_readiness_is_the_speaker_s():
    # sign <xcomp- ready <acomp- was <ccomp- said: the state's act, in its leader's words
    found = meetings(events(ARTICLE + "Tinubu said Nigeria was ready to sign the free trade protocol with Ghana."),
                     "John Mahama", "Bola Tinubu")
    said = [s for e in found for s in e.get("statements", []) if "free trade protocol" in s["text"]]
    assert said and {(s["category"], s["speaker"]["name"]) for s in said} == {("AGREE", "Bola Tinubu")}


def test_a_question_put_to_a_participant_is_no_request_of_theirs():
    found = meetings(events(ARTICLE + "Asked whether the border would reopen, Tinubu said talks would continue."),
                     "John Mahama", "Bola Tinubu")
    said = [s for e in found for s in e.get("statements", []) if "border would reopen" in s["text"]]
    assert said and {(s["category"], s["speaker"]["name"]) for s in said} == {(None, "Bola Tinubu")}
    # a minister's post with its "we" left out is an act of theirs
    found = meetings(events(ARTICLE + "“Agreed to reopen the border posts,” Mahama said after the talks."),
                     "John Mahama", "Bola Tinubu")
    assert {s["category"] for e in found for s in e.get("statements", []) if "border posts" in s["text"]} == {"AGREE"}


def test_a_body_that_tells_the_meeting_gives_no_one_s_words_and_a_clause_beside_the_saying_is_its_own_subject_s():
    assert speakers("Mahama held talks with Tinubu at the State House, the Nigerian presidency said.",
                    "Nigerian presidency said") == set()
    found = meetings(events(ARTICLE + "Tinubu called the visit historic, while Mahama criticised the border closures."),
                     "John Mahama", "Bola Tinubu")
    said = {(s["category"], s["speaker"]["name"]) for e in found for s in e.get("statements", [])
            if "border closures" in s["text"] and s["category"]}
    assert said == {("ACCUSE", "John Mahama")}


def test_a_meeting_told_in_the_first_person_in_a_quotation_that_runs_on_is_the_speaker_s():
    evs = events("Lula on Xi\n\nNovember 19, 2024\n\n\"I had a very good meeting with President Xi Jinping this "
                 "afternoon. We talked about trade and about peace,\" President Luiz Inacio Lula da Silva told reporters "
                 "at the G20 summit.\n\nThe two presidents will meet again in Brasilia on Wednesday.")
    held = [e for e in meetings(evs, "Luiz Inacio Lula da Silva", "Xi Jinping") if e["status"] == "happened"]
    assert [e["date"] for e in held] == ["2024-11-19"]
    # where the two will meet next is no place of the meeting held
    assert all((e["location"] or {}).get("name") != "Brasilia" for e in held)
