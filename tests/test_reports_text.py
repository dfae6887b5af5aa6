"""Sentence spans, attribution, actors and targets."""
from geo_idlib.reports.actors import find_actors
from geo_idlib.reports.attribution import find_attributions
from geo_idlib.reports.sentences import split_sentences
from geo_idlib.reports.targets import find_targets


def test_sentences_skip_abbreviations_and_split_on_blank_lines():
    text = 'Jets hit Saraqeb on Feb. 4. Mr. Hilal said 5 died. "It was terrible," he said.\n\nNext'
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Jets hit Saraqeb on Feb. 4.", "Mr. Hilal said 5 died.", '"It was terrible," he said.', "Next"]


def test_attribution_names_the_source_and_its_stance():
    def who(s):
        return [(a.who, a.stance) for a in find_attributions(s)]
    assert who("Civil defense sources said raids hit the town.") == [("Syrian Civil Defence", "says")]
    assert who("Jets hit the town, rescuers said.") == [("rescuers", "says")]
    assert who("The Syrian Observatory for Human Rights said 11 died.") == [
        ("Syrian Observatory for Human Rights", "says")]
    assert who("Russia's defence ministry denies striking civilians.") == [
        ("Russian Ministry of Defence", "denies")]
    assert who("Rescuers reached the town.") == []  # no verb of saying: no attribution


def test_actors_in_acled_names():
    assert find_actors("Russian jets struck the town.") == ["Military Forces of Russia"]
    assert find_actors("Syrian government forces captured the base.") == ["Military Forces of Syria"]
    assert find_actors("Russian-backed government forces took it from HTS.") == [
        "Military Forces of Syria", "Hayat Tahrir al-Sham"]
    assert find_actors("Rebels later retook the village.") == ["Syrian opposition rebels"]
    assert find_actors("Warplanes pounded the town.") == []


def test_targets():
    assert find_targets("a five-storey residential building was levelled") == ["residential"]
    assert find_targets("strikes hit a hospital, a school and the market") == ["hospital", "market", "school"]
    assert find_targets("families sheltered in a camp") == ["camp"]
    assert find_targets("the strike hit the town") == []
